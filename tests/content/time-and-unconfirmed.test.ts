import { describe, expect, it } from 'vitest';
import { checkContent, formatReport } from '../../src/lib/content-check/index.ts';
import { contentDate, staleStatus } from '../../src/schemas/time.ts';
import { futureDates } from '../../src/schemas/past-dates.ts';
import { isConfirmed, unknownUnconfirmed } from '../../src/schemas/unconfirmed.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { repoRoot } from './project.ts';

/** The 1-based line of a file's first line matching `pattern`: the expected lines come from the files, not the checker. */
const lineOf = (file: string, pattern: RegExp): number => {
  const index = readFileSync(join(repoRoot, file), 'utf8').split('\n').findIndex((line) => pattern.test(line));
  if (index < 0) throw new Error(`${file} has no line matching ${pattern}`);
  return index + 1;
};
const partnershipFiles = locales.map((lang) => `content/partnership/${lang}/partnership.mdx`);
const statusLine = (file: string) => lineOf(file, /^\s+status:\s*current\s*$/);

const current = (end: number) => ({ at: ['programmes', 2], status: 'current', period: { start: 2023, end } });

describe('A "current" status whose period ends', () => {
  it('passes until 1 November of the last year, warns from then to 31 December, is refused from 1 January', () => {
    expect(staleStatus(current(2026), '2026-10-31')).toBeUndefined();
    expect(staleStatus(current(2026), '2026-11-01')?.level).toBe('warning');
    expect(staleStatus(current(2026), '2026-11-29')?.level).toBe('warning');
    expect(staleStatus(current(2026), '2026-12-31')?.level).toBe('warning');
    expect(staleStatus(current(2026), '2027-01-01')?.level).toBe('error');
  });

  it('leaves other statuses and open periods alone', () => {
    expect(staleStatus({ at: [], status: 'concluded', period: { start: 2017, end: 2020 } }, '2027-01-02')).toBeUndefined();
    expect(staleStatus({ at: [], status: 'current', period: { start: 2023 } }, '2040-01-01')).toBeUndefined();
  });

  it('takes the day from CONTENT_DATE, else the clock, and refuses a malformed value with a clear error', () => {
    expect(contentDate({ CONTENT_DATE: '2027-01-02' })).toBe('2027-01-02');
    expect(contentDate({}, new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-29');
    expect(() => contentDate({ CONTENT_DATE: '2027-13-02' })).toThrow(
      'CONTENT_DATE=2027-13-02: is not a possible date: there is no month 13; write it as CONTENT_DATE=YYYY-MM-DD',
    );
    expect(() => contentDate({ CONTENT_DATE: '2/1/2027' })).toThrow('CONTENT_DATE=2/1/2027: is not written YYYY-MM-DD');
  });

  it('on the real content: the Green programme 2023–2026 warns on 2026-11-29 and is refused on 2027-01-02', async () => {
    const now = await checkContent(repoRoot, { today: '2026-11-29' });
    expect(now.problems).toEqual([]);
    const warned = now.notes.filter((n) => n.level === 'warning').map((n) => `${n.file} ${n.line} ${n.field}`);
    expect(warned).toEqual(partnershipFiles.map((file) => `${file} ${statusLine(file)} programmes[2].status`));
    const later = await checkContent(repoRoot, { today: '2027-01-02' });
    expect(later.problems.map((p) => `${p.file} ${p.line} ${p.field}`)).toEqual(warned);
    expect(formatReport(later)).toContain(
      `line ${statusLine(partnershipFiles[0]!)}, programmes[2].status: is "current", but the period ended on 2026-12-31 (period.end: 2026), before 2027-01-02`,
    );
  });
});

describe('Unconfirmed values', () => {
  const entry = { email: 'x@um.dk', address: { postcode: '100600', city: 'Beijing' }, unconfirmed: ['email', 'address.postcode'] };

  it('are known by their dotted path, and a field holding them counts as unconfirmed too', () => {
    expect(isConfirmed(entry, 'email')).toBe(false);
    expect(isConfirmed(entry, 'address.postcode')).toBe(false);
    expect(isConfirmed(entry, 'address.city')).toBe(true);
    expect(isConfirmed({ ...entry, unconfirmed: ['address'] }, 'address.city')).toBe(false);
    expect(isConfirmed({}, 'email')).toBe(true);
  });

  it('must name a field the entry has', () => {
    expect(unknownUnconfirmed({ ...entry, unconfirmed: ['email', 'emial', 'address.street'] })).toEqual([
      { index: 1, path: 'emial' },
      { index: 2, path: 'address.street' },
    ]);
  });

  it('are listed by check:content as to confirm before publishing, with file and line, and do not fail it', async () => {
    const result = await checkContent(repoRoot, { today: '2026-11-29' });
    expect(result.problems).toEqual([]);
    for (const lang of locales) {
      const file = `content/contact/${lang}/embassy.mdx`;
      expect(formatReport(result)).toContain(`to confirm before publishing: ${file} line ${lineOf(file, /^email:/)}: email`);
    }
  });
});

describe('A date that says something has happened', () => {
  const today = '2026-11-29';
  const updated = (value: string) => futureDates('areas', { updated: value }, today).map((f) => f.path.join('.'));
  const milestone = (value: string) => futureDates('partnership', { milestones: [{ date: value }] }, today).map((f) => f.path.join('.'));

  it('may be today, or the next day (already today east of UTC, in Beijing from 00:00 to 08:00), never later', () => {
    for (const value of ['2026-11-29', '2026-11-30', '2017-05-03']) expect(updated(value), value).toEqual([]);
    for (const value of ['2026-12-01', '2031-01-01', '2100-01-01']) expect(updated(value), value).toEqual(['updated']);
  });

  it('on the timeline, known to the year or month, is in the future when it begins after that day', () => {
    for (const value of ['2026', '2026-11', '2008-10']) expect(milestone(value), value).toEqual([]);
    for (const value of ['2027', '2026-12', '2032-08-18']) expect(milestone(value), value).toEqual(['milestones.0.date']);
  });

  it('leaves malformed dates to the schema, and other fields, a planned period among them, alone', () => {
    for (const value of ['2031-13-01', '31-01-2031', '']) expect(updated(value), value).toEqual([]);
    expect(futureDates('areas', { updated: '2026-11-28', period: { start: 2030, end: 2035 }, status: 'planned' }, today)).toEqual([]);
    expect(futureDates('areas', { milestones: [{ date: '2031' }] }, today)).toEqual([]);
  });
});
