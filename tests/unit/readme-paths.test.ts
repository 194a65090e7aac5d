import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nonEmpty } from '../support/non-empty.ts';

/** Every path of the repository a README names in backticks exists, so a newcomer who looks for it finds it. */
const repoRoot = join(import.meta.dirname, '../..');
const readmes = ['README.md', 'content/README.md'];

/** Named in a README for something that does not exist in a clone, each with why, as the README says. */
const notInAClone = new Map([
  ['content/files/', 'made by the editor with the first picture or PDF'],
  ['src/i18n/de.ts', '"Add a language": the file a fourth language adds'],
  ['tests/.output/accepted-fixtures/', 'written by the tests\' build of the accepted fixtures'],
  ...['da', 'en', 'zh'].map((lang) => [`content/areas/${lang}/offshore-wind.mdx`, 'what the example `npm run new:area` creates'] as const),
]);

/** A backticked text that is a path in the repository: under a top-level folder, or a top-level file. */
const isRepoPath = (text: string) =>
  (/^(src|content|tests|public|\.ci)\/[\w./[\]-]*$/.test(text) && !text.includes('..')) ||
  ['package.json', 'astro.config.mjs', 'tsconfig.json', 'README.md'].includes(text);

const allNamed = readmes.flatMap((readme) =>
  [...readFileSync(join(repoRoot, readme), 'utf8').matchAll(/`([^`\n]+)`/g)]
    .map((m) => m[1]!)
    .filter(isRepoPath)
    .map((path) => ({ readme, path })),
);
const named = nonEmpty(
  allNamed.filter(({ path }) => !notInAClone.has(path)),
  'backticked repository paths in the READMEs',
);

describe('The READMEs name only paths that exist', () => {
  it.each(named)('$readme names `$path`', ({ path }) => {
    expect(existsSync(join(repoRoot, path)), `${path} does not exist`).toBe(true);
  });
  it('names each path that is not in a clone (the exceptions above stay in use)', () => {
    for (const path of notInAClone.keys()) expect(allNamed.map((n) => n.path), path).toContain(path);
  });
  it('names the folders a newcomer looks for first', () => {
    const paths = new Set(named.map((n) => n.path));
    for (const path of ['src/tools/area-template.ts', 'src/lib/markdown/mdx-tree.ts', 'content/README.md'])
      expect(paths, path).toContain(path);
  });
});
