import { z } from 'astro/zod';
import type { Examples } from './examples.ts';
import { closest } from './suggest.ts';

/**
 * Pieces reused by several collection schemas. Every message is written for an editor and is
 * shown after the field's name ("summary: is 183 characters long…"), so it does not repeat the
 * name: it says what is wrong and what a right value looks like.
 */

/** What an error function is told about the value it refuses. */
interface Refused {
  input?: unknown;
  code?: string;
  keys?: string[];
}

/**
 * What the editor wrote, to show back in a message: text (and a number, a date, true) quoted and shortened;
 * a list or a group of settings named in words, never as code ("[\"x\"]"). YAML's null (a field with nothing
 * after its colon) is reported as empty where it is refused, so it is shown only as "nothing".
 */
export const shown = (value: unknown): string => {
  if (value instanceof Date) return JSON.stringify(value.toISOString().slice(0, 10));
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'object') return 'a group of settings (lines of "field: value")';
  const text = String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
};

/** What was written instead of the expected kind of value ("; found a list"). */
export const found = shown;

/** Values still holding the template's placeholder ("TODO: …") must be written before publishing. */
export const isPlaceholder = (value: unknown): boolean =>
  typeof value === 'string' && /^\s*TODO\b/.test(value);
export const placeholderMessage =
  'still holds the placeholder "TODO" from the template: write the real value';

/** For a group of settings with a name that is not one of its fields (the checker adds "did you mean"). */
export const unknownFields = (issue: Refused): string | undefined =>
  issue.code === 'unrecognized_keys'
    ? `unknown field ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}: correct its name or remove it`
    : undefined;

/**
 * A message for a value of the wrong type that says "missing" when the field is not there at all, and "empty"
 * (`empty`, default: write it like the example) when it is written with nothing after its colon (YAML's null).
 */
export const expected =
  (shape: string, example: string, empty = `is empty: write ${shape}, e.g. ${example}`) =>
  (issue: Refused): string =>
    unknownFields(issue) ??
    (issue.input === undefined
      ? `is missing: add it, e.g. ${example}`
      : issue.input === null
        ? empty
        : `must be ${shape}, e.g. ${example}; found ${found(issue.input)}`);

/** A required line of text: empty or whitespace-only values and template placeholders are refused. */
export const text = (
  max: number,
  example: string,
  tooLong = (length: number) =>
    `is ${length} characters long: shorten it to ${max} characters or fewer`,
) =>
  z
    .string({ error: expected('text', example, `is empty: write the text, e.g. ${example}`) })
    .trim()
    .min(1, { error: `is empty: write the text, e.g. ${example}` })
    .max(max, { error: (issue: Refused) => tooLong(String(issue.input).length) })
    .refine((value) => !isPlaceholder(value), { error: placeholderMessage });

/** The one id pattern: file names, references, slugs and programme ids ("renewable-energy"). */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isId = (value: unknown): value is string =>
  typeof value === 'string' && idPattern.test(value);

/** An ASCII kebab-case id, as used for file names and references: "renewable-energy". */
export const id = z
  .string({ error: expected('an id in lower-case letters', '"renewable-energy"') })
  .refine((value) => !isPlaceholder(value), { error: placeholderMessage, abort: true })
  .regex(idPattern, {
    error: (issue: Refused) =>
      `${shown(issue.input)} is not an id: use only lower-case letters a–z, digits and hyphens, e.g. "renewable-energy"`,
  });

/** The last part of a page's URL in its own language (`example`, e.g. "vedvarende-energi"); æ ø å are spelled ae oe aa. */
export const slugOf = (example: string) =>
  z
    .string({ error: expected('the last part of the page address', `"${example}"`) })
    .refine((value) => !isPlaceholder(value), { error: placeholderMessage, abort: true })
    .regex(idPattern, {
      error: (issue: Refused) =>
        `${shown(issue.input)} cannot be part of a web address: use only lower-case letters a–z, digits and hyphens (write æ ø å as ae oe aa), e.g. "${example}"`,
    })
    .describe(`URL segment in the page language, e.g. "${example}"`);

/** Years a date of this site may fall in (the oldest milestone is 1950). */
export const dateYears = { min: 1900, max: 2100 } as const;

/**
 * Why "YYYY", "YYYY-MM" or "YYYY-MM-DD" names no day of the calendar ("2026-13-01", "2026-02-30",
 * "0026-01-01"), or undefined when it is a real date. The message quotes only what was written.
 */
export function impossibleDate(written: string): string | undefined {
  const [y, m = 1, d = 1] = written.split('-').map(Number);
  const quoted = JSON.stringify(written);
  if (y! < dateYears.min || y! > dateYears.max)
    return `${quoted} is not a possible date: the year must be from ${dateYears.min} to ${dateYears.max}`;
  if (m < 1 || m > 12) return `${quoted} is not a possible date: there is no month ${m}`;
  const days = new Date(Date.UTC(y!, m, 0)).getUTCDate();
  if (d < 1 || d > days) return `${quoted} is not a possible date: month ${m} of ${y} has no day ${d}`;
  return undefined;
}

/** Word and Outlook turn " into “ ”, which YAML keeps as part of the text. */
const curlyQuotes = (input: unknown) =>
  typeof input === 'string' && /[“”„]/.test(input)
    ? ' (use straight double quotes ", not “ ”)'
    : '';

/**
 * Dates without quotes are read as dates, not text; say so rather than "wrong type". YAML turns an
 * impossible unquoted date into another day ("2026-13-01" into 2027-01-01), so the content check reports
 * those from the written text (impossibleDate) before the schema sees them.
 */
const dateMessage = (shape: string) => (issue: Refused) =>
  issue.input === undefined || issue.input === null
    ? `${issue.input === null ? 'is empty: write the date' : 'is missing: add it'}, written ${shape}`
    : issue.input instanceof Date || typeof issue.input === 'number'
      ? `must be in double quotes: write "${shown(issue.input).replaceAll('"', '')}"`
      : `must be written ${shape}; found ${shown(issue.input)}`;

const possible = (issue: Refused) => impossibleDate(String(issue.input)) ?? 'is not a possible date';

/** A full calendar date written as text: "2026-11-28". */
export const isoDate = z
  .string({ error: dateMessage('"YYYY-MM-DD" in double quotes, e.g. "2026-11-28"') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: (issue: Refused) =>
      `${shown(issue.input)} is not a date written "YYYY-MM-DD": write year-month-day with two-digit month and day, e.g. "2026-11-28"${curlyQuotes(issue.input)}`,
    abort: true,
  })
  .refine((value) => impossibleDate(value) === undefined, { error: possible });

/** A date known to the year, the month or the day: "2008", "2008-10" or "2017-05-03". */
export const partialDate = z
  .string({
    error: dateMessage('"YYYY", "YYYY-MM" or "YYYY-MM-DD" in double quotes, e.g. "2008-10"'),
  })
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, {
    error: (issue: Refused) =>
      `${shown(issue.input)} is not a date: write "YYYY", "YYYY-MM" or "YYYY-MM-DD", e.g. "2008-10"${curlyQuotes(issue.input)}`,
    abort: true,
  })
  .refine((value) => impossibleDate(value) === undefined, { error: possible });

const year = (example: number) =>
  z
    .int({ error: expected('a year written as a number', String(example)) })
    .min(1949, { error: 'must be a year from 1949 on' })
    .max(2100, { error: 'must be a year before 2100' });

/** A span of years, as in "2017–2020". */
export const period = z
  .strictObject(
    { start: year(2017), end: year(2020).optional() },
    { error: expected('start and end years', '{ start: 2017, end: 2020 }') },
  )
  .refine((p) => p.end === undefined || p.end >= p.start, {
    error: 'end must not come before start',
    path: ['end'],
  });

export const email = z.email({
  error: (issue: Refused) =>
    issue.input === undefined || issue.input === null
      ? `is ${issue.input === null ? 'empty: write' : 'missing: add'} an e-mail address, e.g. name@um.dk`
      : `${shown(issue.input)} is not an e-mail address: write it like name@um.dk, with no spaces and no "mailto:"`,
});

/** A telephone number: the dialling form for tel: links and the form shown to people. */
export const phone = z.strictObject(
  {
    /** E.164: "+", country code and digits only, e.g. "+861085329900". */
    dial: z
      .string({ error: expected('text in double quotes', '"+861085329900"') })
      .regex(/^\+[1-9]\d{6,14}$/, {
        error: (issue: Refused) =>
          `${shown(issue.input)} cannot be dialled: write "+", the country code and the digits with no spaces, e.g. "+861085329900"`,
      }),
    /** As people write it, e.g. "+86 (10) 8532 9900". */
    display: z
      .string({ error: expected('text in double quotes', '"+86 (10) 8532 9900"') })
      .regex(/^\+[\d ()-]{6,24}$/, {
        error: (issue: Refused) =>
          `${shown(issue.input)} is not a phone number as people write it: start with "+" and use only digits, spaces, ( ) and -, e.g. "+86 (10) 8532 9900"`,
      }),
  },
  {
    error: expected(
      'a phone number with "dial" and "display" lines',
      '{ dial: "+861085329900", display: "+86 (10) 8532 9900" }',
    ),
  },
);

export const url = z.url({
  protocol: /^https$/,
  error: (issue: Refused) =>
    issue.input === null
      ? 'is empty: write a full web address starting with https://, e.g. "https://um.dk"'
      : `${shown(issue.input)} is not a full web address: write it starting with https://, e.g. "https://um.dk"`,
});

const noKeyword = 'is empty: give at least one word the entry should be found by, one "- word" a line';

/** Words the entry should be found by in search, each a word or a short phrase (`ex.keyword` in the messages). */
export const keywordsFor = (ex: Examples) =>
  z
    .array(text(60, `"${ex.keyword}"`), {
      error: expected('a list, one "- word" a line', `["${ex.keyword}"]`, noKeyword),
    })
    .min(1, { error: noKeyword });

/** One value of a closed list; a near miss ("Energy", "enrgy") is named as the likely intent. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (issue: Refused) => {
      if (issue.input === undefined) return `is missing: add one of ${values.join(', ')}`;
      if (issue.input === null) return `is empty: write one of ${values.join(', ')}`;
      if (isPlaceholder(issue.input)) return `${placeholderMessage}: one of ${values.join(', ')}`;
      const near = typeof issue.input === 'string' ? closest(issue.input, values) : undefined;
      return `${shown(issue.input)} is not a ${what}: use one of ${values.join(', ')}${near ? `; did you mean "${near}"?` : ''}`;
    },
  });

/** A related entry in the same collection, named by its file id (without da/ or en/). */
export const ref = id;

/**
 * Where an entry's facts come from, one source a line, so the next editor can check them, e.g.
 * "Ambassadens side om det grønne samarbejde (seed)" or "Xinhua, 18. august 2023" (`ex.source` in the
 * messages). Plain text, at most 300 characters each.
 */
export const sourcesFor = (ex: Examples) => {
  const none = `is empty: name at least one source for the facts on this page, one "- source" a line, e.g. - "${ex.source}"`;
  return z
    .array(text(300, `"${ex.source}"`), { error: expected('a list, one "- source" a line', `["${ex.source}"]`, none) })
    .min(1, { error: none });
};

/**
 * Fields whose value no source confirms yet, as dotted paths into the frontmatter, e.g.
 * ["email", "address.postcode"]. The content check lists them as "to confirm before publishing";
 * machine-read outputs (security.txt, JSON-LD) leave them out until the path is removed here.
 */
export const unconfirmed = z.array(text(80, '"email"'), {
  error: expected('a list of field names, one "- field" a line', '["email"]'),
});
