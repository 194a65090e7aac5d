/**
 * `npm run new:area -- <id>`: creates content/areas/<locale>/<id>.mdx in every language of
 * src/i18n/locales.ts from a template. Every value to fill in starts with "TODO", which `npm run check:content`
 * and the build refuse, so a half-written area can never be published.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { locales } from '../i18n/locales.ts';
import { idPattern } from '../schemas/shared.ts';
import { areaTemplate } from './area-template.ts';


/** The highest "order" used by any area, in either language. */
function highestOrder(areasDir: string): number {
  const orders = locales.flatMap((lang) => {
    const dir = join(areasDir, lang);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => /^order:\s*(\d+)\s*$/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1])
      .filter((value) => value !== undefined)
      .map(Number);
  });
  return Math.max(0, ...orders);
}

const [id] = process.argv.slice(2);
const root = resolve('.');
const areasDir = join(root, 'content', 'areas');
if (!id || !idPattern.test(id)) {
  console.error(
    `Give the new area's file name: lower-case letters a–z, digits and hyphens, in English, e.g.\n  npm run new:area -- offshore-wind${id ? `\n("${id}" cannot be used as a file name)` : ''}`,
  );
  process.exit(1);
}
const files = locales.map((lang) => join('content', 'areas', lang, `${id}.mdx`));
const taken = files.filter((file) => existsSync(join(root, file)));
if (taken.length > 0) {
  console.error(
    `An area with the file name "${id}" already exists: ${taken.join(', ')}. Choose another name, or edit that file.`,
  );
  process.exit(1);
}
const order = highestOrder(areasDir) + 1;
for (const [i, lang] of locales.entries())
  writeFileSync(join(root, files[i]!), areaTemplate(lang, order, new Date().toLocaleDateString('sv-SE')));
console.log(`Created:\n${files.map((f) => `  ${f}`).join('\n')}
Next: fill in every "TODO" in every file, then run "npm run check:content" until it reports no problems,
and "npm run dev" to preview the pages.`);
