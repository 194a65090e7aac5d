import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { createProcessor } from '@mdx-js/mdx';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { bodyProblems } from '../../src/lib/content-check/body.ts';
import { decode } from '../../src/lib/content-check/files.ts';
import { splitFile } from '../../src/lib/content-check/frontmatter.ts';
import { schemaProblems } from '../../src/lib/content-check/schema-problems.ts';
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
  const files = [
    ...mdxFiles(join(repoRoot, 'content')),
    ...mdxFiles(join(repoRoot, 'tests/fixtures/content/accepted')),
  ];

  it.each(files.map((f) => relative(repoRoot, f)))(
    'reads the settings of %s as Astro does',
    (file) => {
      const decoded = decode(readFileSync(join(repoRoot, file)));
      if (!('text' in decoded)) throw new Error(`${file} is not UTF-8`);
      expect(splitFile(decoded.text).data).toEqual(parseFrontmatter(decoded.text).frontmatter);
    },
  );

  const samples = [
    'a < b and 5 > 3',
    'x & y &nbsp; z',
    'a <!-- comment --> b',
    '<https://um.dk>',
    'write to <name@um.dk>',
    'a <3 b',
    'x {1 + 1} y',
    'x \\{ y \\}',
    'a{/* comment */}b',
    '<br>',
    '<br />',
    '<p>unclosed',
    '</p>',
    '<span lang="zh">中文</span>',
    'a\n\n<div>\n\n*x*\n\n</div>',
    '<a href={x}>y</a>',
    'import X from "x"\n\n<X />',
    '```js\ncode {x}\n```',
    '| a | b |\n| - | - |\n| 1 | 2 |',
    '~~gone~~',
    '[^1]\n\n[^1]: note',
    'line\\\nbreak',
    '[a](</da/x y/>)',
    '- [ ] task',
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
    const defined = [...config.matchAll(/^\s+(\w+): defineCollection\(\{[^}]*schema: (\w+)/gm)].map(
      ([, name, schema]) => `${name}:${schema}`,
    );
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

  it('never crashes on a damaged file, and whatever it accepts Astro reads without error', async () => {
    // Small slips at random places of real files, the same every run (a fixed seed).
    let seed = 20261128;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const slips = [
      ':',
      ': ',
      '{',
      '}',
      '<',
      '>',
      '"',
      "'",
      '\t',
      '-',
      '#',
      '[',
      ']',
      '*',
      '&',
      '|',
      '\n',
      '  ',
      '---',
      '<b>',
      '`',
      '\\',
      '%',
      '@',
      'æ',
      '中',
    ];
    const files = [
      'areas/da/renewable-energy.mdx',
      'contact/en/embassy.mdx',
      'partnership/da/partnership.mdx',
      'pages/en/accessibility.mdx',
    ];
    const site = {
      paths: new Set<string>(),
      files: new Set<string>(),
      pageOfFile: new Map<string, string>(),
    };
    let accepted = 0;
    for (let i = 0; i < 300; i++) {
      const file = files[random(files.length)]!;
      const collection = file.split('/')[0] as keyof typeof collectionSchemas;
      let text = readFileSync(join(repoRoot, 'content', file), 'utf8');
      for (let k = 0; k <= random(2); k++) {
        const at = random(text.length);
        const slip = slips[random(slips.length)]!;
        text = [
          text.slice(0, at) + slip + text.slice(at),
          text.slice(0, at) + text.slice(at + 1 + random(3)),
          text.slice(0, at) + slip + text.slice(at + 1),
        ][random(3)]!;
      }
      const parts = splitFile(text);
      const problems = [
        ...parts.problems,
        ...(parts.data === undefined
          ? []
          : schemaProblems(collectionSchemas[collection], parts.data, parts.lineOf)),
        // Links are checked against an empty site here: only whether the text can be read matters.
        ...(
          await bodyProblems(parts.body, {
            root: repoRoot,
            file: `content/${file}`,
            pagePath: '/da/',
            site,
          })
        ).filter((p) => !/^the link/.test(p.message)),
      ];
      if (problems.length > 0) continue;
      accepted++;
      const { frontmatter, content } = parseFrontmatter(text);
      expect(collectionSchemas[collection].safeParse(frontmatter).success, text).toBe(true);
      expect(() => mdxToJs(content), text).not.toThrow();
    }
    expect(accepted).toBeGreaterThan(50);
  });
});
