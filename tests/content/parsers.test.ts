import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { createProcessor } from '@mdx-js/mdx';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/lib/content-check/files.ts';
import { splitFile } from '../../src/lib/content-check/frontmatter.ts';
import { siteMap } from '../../src/lib/content-check/site-paths.ts';
import * as areas from '../../src/schemas/areas.ts';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import * as contact from '../../src/schemas/contact.ts';
import * as pages from '../../src/schemas/pages.ts';
import * as partnership from '../../src/schemas/partnership.ts';
import { repoRoot } from './project.ts';

const schemaModules: Record<string, unknown> = { ...areas, ...contact, ...pages, ...partnership };

/**
 * The checker reads content with its own parsers (yaml, @mdx-js/mdx) to give line numbers; these
 * tests hold it to what the build itself reads (Astro's frontmatter parser, the Sätteri MDX parser).
 */

const mdxFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
    .map((d) => join(d.parentPath, d.name));

describe('The checker reads content as the build does', () => {
  const files = [...mdxFiles(join(repoRoot, 'content')), ...mdxFiles(join(repoRoot, 'tests/fixtures/content/accepted'))];

  it.each(files.map((f) => relative(repoRoot, f)))('reads the settings of %s as Astro does', (file) => {
    const decoded = decode(readFileSync(join(repoRoot, file)));
    if (!('text' in decoded)) throw new Error(`${file} is not UTF-8`);
    expect(splitFile(decoded.text).data).toEqual(parseFrontmatter(decoded.text).frontmatter);
  });

  const samples = [
    'a < b and 5 > 3', 'x & y &nbsp; z', 'a <!-- comment --> b', '<https://um.dk>', 'write to <name@um.dk>', 'a <3 b',
    'x {1 + 1} y', 'x \\{ y \\}', 'a{/* comment */}b', '<br>', '<br />', '<p>unclosed', '</p>', '<span lang="zh">中文</span>',
    'a\n\n<div>\n\n*x*\n\n</div>', '<a href={x}>y</a>', 'import X from "x"\n\n<X />', '```js\ncode {x}\n```',
    '| a | b |\n| - | - |\n| 1 | 2 |', '~~gone~~', '[^1]\n\n[^1]: note', 'line\\\nbreak', '[a](</da/x y/>)', '- [ ] task',
  ];

  const outcome = async (parse: () => unknown) => {
    try {
      await parse();
      return 'parses';
    } catch {
      return 'fails';
    }
  };

  it.each(samples)('agrees with Sätteri on whether %j is MDX', async (sample) => {
    const ours = await outcome(() => createProcessor().parse(sample));
    expect(ours).toBe(await outcome(() => mdxToJs(sample)));
  });

  it('knows the same collections as src/content.config.ts', () => {
    const config = readFileSync(join(repoRoot, 'src/content.config.ts'), 'utf8');
    const defined = [...config.matchAll(/^\s+(\w+): defineCollection\(\{[^}]*schema: (\w+)/gm)].map(([, name, schema]) => `${name}:${schema}`);
    const ours = Object.entries(collectionSchemas).map(([name, schema]) => {
      const exported = Object.entries(schemaModules).find(([, s]) => s === schema)?.[0];
      return `${name}:${exported}`;
    });
    expect(ours.sort()).toEqual(defined.sort());
  });

  it('knows exactly the pages the build makes', () => {
    const entries = mdxFiles(join(repoRoot, 'content')).map((path) => {
      const file = relative(repoRoot, path);
      const [, collection, lang] = file.split('/');
      const data = splitFile(readFileSync(path, 'utf8')).data as { slug: string };
      return { file, collection: collection!, lang: lang!, slug: data.slug };
    });
    const { site, problems } = siteMap(repoRoot, entries);
    expect(problems).toEqual([]);
    const built = readdirSync(join(repoRoot, 'dist'), { recursive: true, encoding: 'utf8' })
      .filter((p) => p.endsWith('index.html'))
      .map((p) => `/${p.replace(/index\.html$/, '')}`);
    expect([...site.paths].sort()).toEqual(built.sort());
  });
});
