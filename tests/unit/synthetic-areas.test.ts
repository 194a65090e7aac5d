import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { checkContent, formatReport, type CheckResult } from '../../src/lib/content-check/index.ts';
import { pathFor } from '../../src/lib/routes.ts';
import { dateYears } from '../../src/schemas/shared.ts';
import { sectors, statuses } from '../../src/schemas/vocabulary.ts';
import { writeSyntheticAreas, type SyntheticArea } from '../bench/synthetic-areas.ts';
import { contentCopy, removeCopy } from '../content/project.ts';

/**
 * The benchmark's scaled builds (`npm run bench`) add synthetic areas to a copy of the content; when the content
 * rules grow and the generator does not, those builds are refused. Here the generator writes a few areas into a
 * copy and the editors' content check, not the generator, judges them: on the tests' day and on the last day a
 * date of the site may name, so no status goes stale with time.
 */

// Enough areas that every sector and every status of the vocabulary appears at least once.
const count = Math.max(3, sectors.length, statuses.length);
let root: string;
let areas: SyntheticArea[];
let onTestDay: CheckResult;
const synthetic = (file: string) => /\/synthetic-\d{4}-[^/]+\.mdx$/.test(file);

beforeAll(async () => {
  root = contentCopy('accepted');
  areas = writeSyntheticAreas(root, count);
  onTestDay = await checkContent(root);
});
afterAll(() => removeCopy(root));

describe('Synthetic areas for the benchmark', () => {
  it('are written in every language of the site, under the same file name', () => {
    expect(areas).toHaveLength(count);
    for (const lang of locales) {
      const written = readdirSync(join(root, 'content/areas', lang)).filter((f) => f.startsWith('synthetic-'));
      expect(written.sort(), lang).toEqual(areas.map((a) => `${a.id}.mdx`).sort());
    }
  });

  it('use every sector and every status of the vocabulary', () => {
    expect(new Set(areas.map((a) => a.sector))).toEqual(new Set(sectors));
    expect(new Set(areas.map((a) => a.status))).toEqual(new Set(statuses));
  });

  it('pass the content check with the real content, without a problem or a warning of their own', () => {
    expect(onTestDay.problems, formatReport(onTestDay)).toEqual([]);
    expect(onTestDay.notes.filter((n) => synthetic(n.file))).toEqual([]);
    // The check read them: each synthetic file is a page of the site at the address of its own slug.
    for (const lang of locales)
      for (const { id } of areas) {
        const slug = /^slug: "(.+)"$/m.exec(readFileSync(join(root, 'content/areas', lang, `${id}.mdx`), 'utf8'))?.[1];
        expect(onTestDay.anchors.has(pathFor({ kind: 'area', lang, slug: slug! })), `${lang}/${id}`).toBe(true);
      }
  });

  it('stay valid on the last day a date of the site may name', async () => {
    const late = await checkContent(root, { today: `${dateYears.max}-12-31` });
    const mine = [...late.problems, ...late.notes.filter((n) => n.level === 'warning')].filter((p) => synthetic(p.file));
    expect(mine).toEqual([]);
  });

  it('write Chinese text in the Chinese files', () => {
    const zh = readFileSync(join(root, 'content/areas/zh', `${areas[0]!.id}.mdx`), 'utf8');
    expect(zh).toMatch(/^title: "[^"]*\p{Script=Han}/mu);
    expect(zh.split('---\n')[2]).toMatch(/\p{Script=Han}{10}/u);
  });
});
