/**
 * `npm run new:area -- <id>`: creates content/areas/<locale>/<id>.mdx in every language of
 * src/i18n/locales.ts from a template. Every value to fill in starts with "TODO", which `npm run check:content`
 * and the build refuse, so a half-written area can never be published.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { locales, type Locale } from '../i18n/locales.ts';
import { idPattern } from '../schemas/shared.ts';
import { sectors, statuses } from '../schemas/vocabulary.ts';


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

/** Today as "YYYY-MM-DD": the day the file is created is the day it was last updated. */
const today = () => new Date().toLocaleDateString('sv-SE');

/** The template's examples in each language; a language without them is a type error here. */
const words: Record<Locale, { language: string; title: string; slug: string; keyword: string; text: string }> = {
  da: {
    language: 'Danish',
    title: 'Vedvarende energi',
    slug: 'vedvarende-energi',
    keyword: 'energi',
    text: 'Skriv teksten om området her, på dansk.',
  },
  en: {
    language: 'English',
    title: 'Renewable energy',
    slug: 'renewable-energy',
    keyword: 'energy',
    text: 'Write the text about the area here, in English.',
  },
  zh: {
    language: 'Simplified Chinese',
    title: '可再生能源',
    slug: 'kezaisheng-nengyuan',
    keyword: '可再生能源',
    text: '请在此处用简体中文撰写该领域的正文。',
  },
};

function template(lang: Locale, order: number): string {
  const w = words[lang];
  return `---
# A new cooperation area, in ${w.language}. Replace every "TODO" and keep the quotes.
# Every field is explained in content/README.md. Check with: npm run check:content
title: "TODO: the area's name in ${w.language}, e.g. ${w.title}"
slug: "TODO: the last part of the page address in ${w.language}, e.g. ${w.slug}"
summary: "TODO: one sentence about the area, at most 160 characters"
sector: "TODO: one of ${sectors.join(', ')}"
keywords:
  - "TODO: a word people may search for, e.g. ${w.keyword}"
order: ${order}
updated: "${today()}"
sources:
  - "TODO: where the facts come from, one source a line, e.g. a page and its date"
# Optional: remove the # in front of the ones you know (the same in every language).
# partners:
#   - Energistyrelsen
# period: { start: 2017, end: 2020 }
# status: one of ${statuses.join(', ')}
# related: [renewable-energy]
# team: energy
# unconfirmed: [partners] (fields no source confirms yet)
---

TODO: ${w.text}
`;
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
  writeFileSync(join(root, files[i]!), template(lang, order));
console.log(`Created:\n${files.map((f) => `  ${f}`).join('\n')}
Next: fill in every "TODO" in every file, then run "npm run check:content" until it reports no problems,
and "npm run dev" to preview the pages.`);
