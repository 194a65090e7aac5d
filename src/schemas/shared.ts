import { z } from 'astro/zod';

/**
 * Pieces reused by several collection schemas. Every message is written for an editor:
 * it says what is wrong and what a right value looks like.
 */

/** A message for a value of the wrong type that says "missing" when the field is not there at all. */
export const expected =
  (what: string, shape: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? `${what} is missing: add it (${shape})` : `${what} must be ${shape}`;

/** A required line of text: empty or whitespace-only values are refused. */
export const text = (what: string, max?: number) => {
  const base = z
    .string({ error: expected(what, 'text') })
    .trim()
    .min(1, { error: `${what} is empty: write the text` });
  return max
    ? base.max(max, { error: `${what} is too long: keep it under ${max} characters` })
    : base;
};

/** An ASCII kebab-case id, as used for file names and references: "renewable-energy". */
export const id = z
  .string({ error: 'must be an id' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lower-case letters a–z, digits and hyphens, e.g. "renewable-energy"',
  });

/** The last part of a page's URL in its own language; æ ø å are spelled ae oe aa. */
export const slug = id.describe('URL segment in the page language, e.g. "vedvarende-energi"');

const isRealDate = (value: string) => {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** A full calendar date written as text: "2026-11-28". */
export const isoDate = z
  .string({ error: 'must be a date in quotes, written "YYYY-MM-DD", e.g. "2026-11-28"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written "YYYY-MM-DD", e.g. "2026-11-28"' })
  .refine(isRealDate, { error: 'is not a real calendar date' });

/** A date known to the year, the month or the day: "2008", "2008-10" or "2017-05-03". */
export const partialDate = z
  .string({ error: 'must be a date in quotes: "YYYY", "YYYY-MM" or "YYYY-MM-DD"' })
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, {
    error: 'must be written "YYYY", "YYYY-MM" or "YYYY-MM-DD", e.g. "2008-10"',
  })
  .refine(isRealDate, { error: 'is not a real calendar date' });

/** A span of years, as in "2017–2020". */
export const period = z
  .strictObject({
    start: z.int({ error: 'start must be a year, e.g. 2017' }).min(1949).max(2100),
    end: z.int({ error: 'end must be a year, e.g. 2020' }).min(1949).max(2100).optional(),
  })
  .refine((p) => p.end === undefined || p.end >= p.start, {
    error: 'end must not come before start',
  });

export const email = z.email({ error: 'must be an e-mail address, e.g. "name@um.dk"' });

/** A telephone number: the dialling form for tel: links and the form shown to people. */
export const phone = z.strictObject({
  /** E.164: "+", country code and digits only, e.g. "+861085329900". */
  dial: z.string({ error: 'dial must be text in quotes' }).regex(/^\+[1-9]\d{6,14}$/, {
    error: 'dial must be "+", the country code and digits with no spaces, e.g. "+861085329900"',
  }),
  /** As people write it, e.g. "+86 (10) 8532 9900". */
  display: z
    .string({ error: 'display must be text in quotes' })
    .regex(/^\+[\d ()-]{6,24}$/, { error: 'display must start with "+" and hold only digits, spaces, ( ) and -' }),
});

export const url = z.url({ protocol: /^https$/, error: 'must be a full web address starting with https://' });

/** Words the entry should be found by in search, each a word or a short phrase. */
export const keywords = z
  .array(text('a keyword', 60), { error: 'keywords must be a list, one "- word" a line' })
  .min(1, { error: 'keywords is empty: give at least one word the entry should be found by' });

/** A related entry in the same collection, named by its file id (without da/ or en/). */
export const ref = id;
