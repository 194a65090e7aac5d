import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToJs, type MdastNode } from 'satteri';
import { describe, expect, it } from 'vitest';
import { bodyProblems, readBody } from '../../src/lib/content-check/body.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { decode } from '../../src/lib/content-check/files.ts';
import { splitFile } from '../../src/lib/content-check/frontmatter.ts';
import { schemaProblems } from '../../src/lib/content-check/schema-problems.ts';
import { siteMap } from '../../src/lib/content-check/site-paths.ts';
import { mdxFeatures } from '../../src/lib/markdown/mdx-tree.ts';
import { collectionNames, collectionSchemas, type CollectionName } from '../../src/schemas/collections.ts';
import { fixturesDir, repoRoot } from './project.ts';
import { isNotFoundPage } from '../support/crawl.ts';

/**
 * One reading: the check reads a page's text with mdxTree, the processor and features the page is built
 * with, so these tests pin what that reading gives (the outcomes below are MDX's and GFM's rules, written
 * out by hand) and that the page's own compiler (Sätteri's mdxToJs, as Astro's MDX integration runs it)
 * agrees on every sample. The settings are read with the yaml library for line numbers; they must give
 * exactly what Astro's frontmatter reader gives on every real file and every fixture.
 */

const mdxFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
    .map((d) => join(d.parentPath, d.name));

/** Whether Astro's frontmatter reader reads the text, and what it gives. */
const astroReads = (text: string): { data: unknown } | { error: string } => {
  try {
    return { data: parseFrontmatter(text).frontmatter };
  } catch (error) {
    return { error: String(error) };
  }
};

describe('The settings are read as Astro reads them', () => {
  const files = [
    ...mdxFiles(join(repoRoot, 'content')),
    ...mdxFiles(join(fixturesDir, 'accepted')),
    ...mdxFiles(join(fixturesDir, 'refused')),
  ].map((f) => relative(repoRoot, f));

  it('covers the content and every fixture', () => {
    expect(files.filter((f) => f.includes('/refused/')).length).toBeGreaterThan(40);
  });

  it.each(files)('%s: the same settings, or refused by both readings', (file) => {
    const decoded = decode(readFileSync(join(repoRoot, file)));
    if (!('text' in decoded) || decoded.text.trim() === '') {
      // Not UTF-8, or empty: refused before any reading.
      expect(file).toMatch(/\/refused\/(not-utf8|empty-file)\//);
      return;
    }
    const ours = splitFile(decoded.text);
    const astro = astroReads(decoded.text);
    if (ours.data !== undefined) {
      expect(astro).toEqual({ data: ours.data });
      return;
    }
    // Refused here: Astro cannot read it either, or reads settings that its schema refuses.
    expect(ours.problems.length).toBeGreaterThan(0);
    if ('data' in astro) {
      const collection = file.slice(file.lastIndexOf('content/') + 'content/'.length).split('/')[0] as CollectionName;
      expect(collectionSchemas[collection].safeParse(astro.data).success, file).toBe(false);
    }
  });

  it('reads an unquoted impossible date as Astro does, and names it as written', () => {
    const text = '---\nupdated: 2026-13-01\n---\n';
    const ours = splitFile(text);
    expect({ data: ours.data }).toEqual(astroReads(text));
    expect(astroReads(text)).toEqual({ data: { updated: new Date('2027-01-01') } });
    expect(ours.impossibleDates).toEqual([{ path: ['updated'], message: '"2026-13-01" is not a possible date: there is no month 13' }]);
  });
});

/** Outcomes by MDX's and GFM's rules: undefined = read; otherwise words the explanation must hold. */
const samples: [string, string | undefined][] = [
  ['a < b and 5 > 3', undefined],
  ['x & y &nbsp; z', undefined],
  ['a <!-- comment --> b', 'HTML comments <!-- … --> cannot be used'],
  ['<https://um.dk>', 'an address in angle brackets'],
  ['write to <name@um.dk>', 'an address in angle brackets'],
  ['a <3 b', '"<" starts a tag in MDX'],
  ['x {1 + 1} y', undefined],
  ['x {1 + ', 'a curly brace { starts code'],
  ['x \\{ y \\}', undefined],
  ['a{/* comment */}b', undefined],
  ['<br>', 'the tag <br> is opened but never closed'],
  ['<br />', undefined],
  ['<p>unclosed', 'the tag <p> is opened but never closed'],
  ['</p>', 'a closing tag has no opening tag'],
  ['<span lang="zh">中文</span>', undefined],
  ['a\n\n<div>\n\n*x*\n\n</div>', undefined],
  ['<a href={x}>y</a>', undefined],
  ['import X from "x"\n\n<X />', undefined],
  ['```js\ncode {x}\n```', undefined],
  ['| a | b |\n| - | - |\n| 1 | 2 |', undefined],
  ['~~gone~~', undefined],
  ['[^1]\n\n[^1]: note', undefined],
  ['line\\\nbreak', undefined],
  ['[a](</da/x y/>)', undefined],
  ['- [ ] task', undefined],
];

/** The node types of a tree, depth first, for what the page will hold. */
const types = (node: MdastNode): string[] => [
  node.type,
  ...('children' in node && Array.isArray(node.children) ? (node.children as MdastNode[]).flatMap(types) : []),
];

describe('The check reads a text exactly as the page is built from it', () => {
  it.each(samples)('%j: read or refused as MDX rules say, and as the page compiler says', (sample, refused) => {
    const read = readBody(sample);
    if (refused === undefined) expect(read).toHaveProperty('tree');
    else expect('problem' in read && read.problem.message).toContain(refused);
    let compiles = true;
    try {
      mdxToJs(sample, { features: mdxFeatures });
    } catch {
      compiles = false;
    }
    expect(compiles).toBe(refused === undefined);
  });

  it('reads GFM as the page does: a bare www address is a link, a table a table, ~~x~~ struck through', () => {
    const read = readBody('Se www.um.dk.\n\n| a |\n| - |\n| 1 |\n\n~~x~~');
    if (!('tree' in read)) throw new Error(read.problem.message);
    expect(types(read.tree)).toEqual(expect.arrayContaining(['link', 'table', 'delete']));
    expect(JSON.stringify(read.tree)).toContain('"url":"http://www.um.dk"');
    expect(String(mdxToJs('Se www.um.dk.', { features: mdxFeatures }).code)).toContain('http://www.um.dk');
  });

  it('gives each construct its own line: a link on the second line of a paragraph is on that line', () => {
    const read = readBody('\nFirst line of a paragraph,\nand [a link](/da/x/) on the second.');
    if (!('tree' in read)) throw new Error(read.problem.message);
    const site = { paths: new Set(['/da/']), files: new Set<string>(), pageOfFile: new Map(), anchors: new Map() };
    const problems = bodyProblems(read.tree, { root: repoRoot, file: 'content/pages/da/x.mdx', pagePath: '/da/', site });
    expect(problems).toEqual([expect.objectContaining({ line: 3 })]);
  });
});

describe('The check knows the build\'s collections and pages', () => {
  it('knows the same collections as src/content.config.ts', () => {
    const config = readFileSync(join(repoRoot, 'src/content.config.ts'), 'utf8');
    const defined = [...config.matchAll(/^\s+(\w+): collection\('(\w+)', collectionSchemas\.(\w+)\)/gm)].map(
      ([, key, name, schema]) => {
        expect([name, schema]).toEqual([key, key]);
        return key;
      },
    );
    expect(defined.sort()).toEqual([...collectionNames].sort());
  });

  it('knows exactly the pages the build makes', () => {
    const entries = mdxFiles(join(repoRoot, 'content')).map((path) => {
      const file = relative(repoRoot, path);
      const [, collection, lang] = file.split('/');
      const data = splitFile(readFileSync(path, 'utf8')).data as { slug: string };
      return { file, collection: collection as CollectionName, lang: lang!, slug: data.slug };
    });
    const { site, problems } = siteMap(repoRoot, entries);
    expect(problems).toEqual([]);
    const built = readdirSync(join(repoRoot, 'dist'), { recursive: true, encoding: 'utf8' })
      // The 404 pages are no address a link leads to (src/lib/not-found-pages.ts).
      .filter((p) => p.endsWith('index.html') && !isNotFoundPage(p.split('\\').join('/')))
      .map((p) => `/${p.replace(/index\.html$/, '')}`);
    expect([...site.paths].sort()).toEqual(built.sort());
  });

  it('knows every id each built page carries, headings of its text included', async () => {
    const { anchors } = await checkContent(repoRoot, { today: '2026-11-29' });
    const built = readdirSync(join(repoRoot, 'dist'), { recursive: true, encoding: 'utf8' })
      .filter((p) => p.endsWith('index.html') && p !== 'index.html' && !isNotFoundPage(p.split('\\').join('/')))
      .map((p) => `/${p.replace(/index\.html$/, '')}`);
    expect(built.length).toBeGreaterThan(20);
    for (const path of built) {
      const html = readFileSync(join(repoRoot, 'dist', path, 'index.html'), 'utf8');
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id!);
      expect([...(anchors.get(path) ?? [])].sort(), path).toEqual([...new Set(ids)].sort());
    }
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
      anchors: new Map<string, Set<string>>(),
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
      const read = parts.data === undefined ? undefined : readBody(parts.body);
      const problems = [
        ...(read && 'problem' in read ? [read.problem] : []),
        ...parts.problems,
        ...(parts.data === undefined
          ? []
          : schemaProblems(collectionSchemas[collection], parts.data, parts.lineOf)),
        // Links are checked against an empty site here: only whether the text can be read matters.
        ...(read && 'tree' in read
          ? bodyProblems(read.tree, { root: repoRoot, file: `content/${file}`, pagePath: '/da/', site })
          : []
        ).filter((p) => !/^the link/.test(p.message)),
      ];
      if (problems.length > 0) continue;
      accepted++;
      const { frontmatter, content } = parseFrontmatter(text);
      expect(collectionSchemas[collection].safeParse(frontmatter).success, text).toBe(true);
      expect(() => mdxToJs(content, { features: mdxFeatures }), text).not.toThrow();
    }
    expect(accepted).toBeGreaterThan(50);
  });
});
