import { impossibleDate } from './shared.ts';

/**
 * Statuses that go stale: a "current" programme or area whose period has ended is no longer true.
 * The day compared with is the build's clock, or CONTENT_DATE=YYYY-MM-DD from the environment (tests and
 * reproducible builds). It decides only whether the content check refuses or warns; no built byte
 * depends on it.
 */

/** The day the content is judged on, "YYYY-MM-DD" (UTC). Throws an Error an editor can act on when CONTENT_DATE is malformed. */
export function contentDate(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const given = env['CONTENT_DATE'];
  if (given === undefined || given === '') return now.toISOString().slice(0, 10);
  const wrong = /^\d{4}-\d{2}-\d{2}$/.test(given) ? impossibleDate(given) : 'is not written YYYY-MM-DD';
  if (wrong)
    throw new Error(
      `CONTENT_DATE=${given}: ${wrong.replace(`"${given}" `, '')}; write it as CONTENT_DATE=YYYY-MM-DD (a real day), or unset it to judge the content on today's date`,
    );
  return given;
}

/** A status and the period it claims, as written in a file ("programmes[2]" or the entry itself). */
export interface Dated {
  /** Path of the object holding status and period: [] for an area, ["programmes", 2] for a programme. */
  at: readonly PropertyKey[];
  status: unknown;
  period: unknown;
}

export interface TimeProblem {
  at: readonly PropertyKey[];
  level: 'error' | 'warning';
  message: string;
}

/** The last day of the period: its end year ends on 31 December. */
const lastDay = (end: number) => `${end}-12-31`;

/** The first day of the month before the last one: from then on a stale status is announced. */
const warnFrom = (end: number) => `${end}-11-01`;

/**
 * A "current" status whose period ended before `today` is an error; one whose period ends within about a
 * month (from 1 November of its last year) is a warning. Periods without an end, and other statuses, pass.
 */
export function staleStatus(dated: Dated, today: string): TimeProblem | undefined {
  const end = (dated.period as { end?: unknown } | undefined)?.end;
  if (dated.status !== 'current' || typeof end !== 'number') return undefined;
  if (today > lastDay(end))
    return {
      at: dated.at,
      level: 'error',
      message: `is "current", but the period ended on ${lastDay(end)} (period.end: ${end}), before ${today}: update the status and every sentence that says the work is running`,
    };
  if (today >= warnFrom(end))
    return {
      at: dated.at,
      level: 'warning',
      message: `is "current" and the period ends on ${lastDay(end)} (period.end: ${end}): from ${end + 1}-01-01 the build refuses it; update the status and the text by then`,
    };
  return undefined;
}

/** Where each collection writes a status with its period. */
export function datedParts(collection: string, data: Record<string, unknown>): Dated[] {
  if (collection === 'areas') return [{ at: [], status: data['status'], period: data['period'] }];
  const programmes = collection === 'partnership' ? data['programmes'] : undefined;
  if (!Array.isArray(programmes)) return [];
  return programmes.map((p: Record<string, unknown> | null, i) => ({
    at: ['programmes', i],
    status: p?.['status'],
    period: p?.['period'],
  }));
}
