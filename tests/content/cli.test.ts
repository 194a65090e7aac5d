import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatReport } from '../../src/lib/content-check/index.ts';
import { npmRun, projectCopy, removeCopy, repoRoot } from './project.ts';
import { locales, type Locale } from '../../src/i18n/locales.ts';

const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));
const copy = (...fixtures: string[]) => {
  const root = projectCopy('refused', ...fixtures);
  copies.push(root);
  return root;
};

describe('npm run check:content', () => {
  it('passes the real content and says so', () => {
    const { status, output } = npmRun(repoRoot, 'check:content');
    expect(status, output).toBe(0);
    expect(output).toMatch(/The content is fine: \d+ pages checked/);
  });

  it('fails on broken content and reports every problem, grouped by file', () => {
    const root = copy('misspelt-titel', 'script-element', 'malformed-email');
    const { status, output } = npmRun(root, 'check:content');
    expect(status).toBe(1);
    expect(output).toContain('3 problems in 3 files of the content:');
    const files = [
      'content/areas/da/energy-efficiency.mdx',
      'content/areas/en/energy-efficiency.mdx',
      'content/contact/da/embassy.mdx',
    ];
    const headings = files.map((file) => output.indexOf(`\n  ${file}\n    - `));
    expect(headings.every((at) => at > 0)).toBe(true);
    expect(headings).toEqual([...headings].sort((a, b) => a - b));
    expect(output).toContain('    - line 2, titel: unknown field; did you mean "title"?');
    expect(output).toContain('    - line 26: <script> runs code');
    expect(output).toContain('    - line 12, email: "pekamb(at)um.dk" is not an e-mail address');
  });
});

describe('npm run new:area', () => {
  it('creates a file in every language, each refused only for its placeholders until filled in', async () => {
    const root = copy();
    const { status, output } = npmRun(root, 'new:area', 'offshore-wind');
    expect(status, output).toBe(0);
    const files = locales.map((lang) => `content/areas/${lang}/offshore-wind.mdx`);
    for (const file of files) expect(output).toContain(file);

    const before = await checkContent(root);
    expect(new Set(before.problems.map((p) => p.file))).toEqual(new Set(files));
    expect(before.problems.every((p) => p.message.includes('placeholder "TODO"'))).toBe(true);
    expect(
      before.problems
        .map((p) => p.field)
        .filter(Boolean)
        .sort(),
    ).toEqual(['keywords[0]', 'sector', 'slug', 'sources[0]', 'summary', 'title'].flatMap((f) => files.map(() => f)).sort());

    // What an editor writes in place of each placeholder.
    const filled: Record<Locale, readonly [string, string, string]> = {
      da: ['Havvind', 'havvind', 'havvind'],
      en: ['Offshore wind', 'offshore-wind', 'offshore wind'],
      zh: ['海上风电', 'haishang-fengdian', '海上风电'],
    };
    for (const lang of locales) {
      const path = join(root, `content/areas/${lang}/offshore-wind.mdx`);
      const [title, slug, keyword] = filled[lang];
      writeFileSync(
        path,
        readFileSync(path, 'utf8')
          .replace(/^title: .*$/m, `title: ${title}`)
          .replace(/^slug: .*$/m, `slug: ${slug}`)
          .replace(/^summary: .*$/m, 'summary: A sentence for the test.')
          .replace(/^sector: .*$/m, 'sector: energy')
          .replace(/^ {2}- "TODO: a word.*$/m, `  - ${keyword}`)
          .replace(/^ {2}- "TODO: where.*$/m, '  - A source for the test')
          .replace(/^TODO: .*$/m, 'Text for the test.'),
      );
    }
    const after = await checkContent(root);
    expect(after.problems, formatReport(after)).toEqual([]);
    // The new area comes last in the list: its order is one more than the highest before it.
    const orders = readdirSync(join(repoRoot, 'content/areas/da')).map((name) =>
      Number(
        /^order: (\d+)$/m.exec(readFileSync(join(repoRoot, 'content/areas/da', name), 'utf8'))?.[1],
      ),
    );
    expect(readFileSync(join(root, files[0]!), 'utf8')).toContain(
      `\norder: ${Math.max(...orders) + 1}\n`,
    );
  });

  it('refuses a name that is taken or cannot be a file name', () => {
    const root = copy();
    const taken = npmRun(root, 'new:area', 'renewable-energy');
    expect(taken.status).toBe(1);
    expect(taken.output).toContain('An area with the file name "renewable-energy" already exists');
    const bad = npmRun(root, 'new:area', 'Havvind Øst');
    expect(bad.status).toBe(1);
    expect(bad.output).toContain('cannot be used as a file name');
  });
});

describe('npm start', () => {
  it('says at once that the port is busy, before building anything', async () => {
    const root = copy();
    const busy = createServer();
    await new Promise<void>((ok) => busy.listen(0, '127.0.0.1', ok));
    const { port } = busy.address() as AddressInfo;
    try {
      const { status, output } = npmRun(root, 'start', String(port));
      expect(status, output).toBe(1);
      expect(output).toContain(`Port ${port} on 127.0.0.1 is already in use: choose another with "PORT=0 npm start"`);
      expect(output).not.toContain('npm run build');
      expect(existsSync(join(root, 'dist'))).toBe(false);
    } finally {
      busy.close();
    }
  });
});
