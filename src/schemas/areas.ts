import { z } from 'astro/zod';
import { defaultLocale } from '../i18n/locales.ts';
import { examples, type Examples } from './examples.ts';
import { sectors, statuses } from './vocabulary.ts';
import {
  expected,
  unknownFields,
  id,
  isoDate,
  keywordsFor,
  oneOf,
  period,
  slugOf,
  text,
  sourcesFor,
  unconfirmed,
} from './shared.ts';

/** A summary doubles as the meta description, which search engines cut near 160 characters. */
export const summaryMax = 160;

/** The summary is also the page's description in search results, so it has its own length message. */
export const summaryFor = (ex: Examples) =>
  text(
    summaryMax,
    `summary: ${ex.summary}`,
    (length) =>
      `is ${length} characters long: search engines show only about ${summaryMax} characters of a page's description, so shorten it to ${summaryMax} or fewer`,
  );

/**
 * One cooperation area (a green agreement) of the joint work programme, its messages' examples in the language
 * of `ex` (examples.ts): the content check reads each file with its own language's schema.
 */
export const areaSchemaFor = (ex: Examples) => z.strictObject(
  {
    /** The area's name as a heading, e.g. "Vedvarende energi". */
    title: text(90, `title: ${ex.areaTitle}`),
    /** The last part of the URL, in the page's language, e.g. "vedvarende-energi". */
    slug: slugOf(ex.slug),
    /** One sentence: shown on cards, in search results and as the page description. */
    summary: summaryFor(ex),
    /** One of the fixed sectors; its label comes from the site's dictionary. */
    sector: oneOf(sectors, 'sector'),
    /** Words people may search for, including parts of compounds ("varme" for "fjernvarme"). */
    keywords: keywordsFor(ex),
    /** Position in the work programme's list, from 1. */
    order: z
      .int({ error: expected('a whole number without quotes', 'order: 3') })
      .min(1, { error: 'must be 1 or more' }),
    /** When the text was last reviewed, "YYYY-MM-DD". */
    updated: isoDate,
    /** Who takes part, where known. */
    partners: z
      .array(text(120, `"${ex.partner}"`), {
        error: expected('a list, one "- name" a line', `["${ex.partner}"]`),
      })
      .optional(),
    /** Years the work runs, where known. */
    period: period.optional(),
    /** Where the area stands, where known. */
    status: oneOf(statuses, 'status').optional(),
    /** Ids of related areas (file names without .mdx). */
    related: z
      .array(id, {
        error: expected('a list of area file names without .mdx', '[energy-efficiency]'),
      })
      .optional(),
    /** Id of the embassy team responsible, as listed in content/contact. */
    team: id.optional(),
    /** Where the facts come from (see shared.ts). */
    sources: sourcesFor(ex),
    /** Fields no source confirms yet (see shared.ts). */
    unconfirmed: unconfirmed.optional(),
  },
  { error: unknownFields },
);

/** The schema Astro loads the areas with (src/content.config.ts): the default language's messages. */
export const areaSchema = areaSchemaFor(examples[defaultLocale]);

export type AreaData = z.infer<typeof areaSchema>;
