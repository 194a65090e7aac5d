import { z } from 'astro/zod';
import { sectors, statuses } from './vocabulary';
import { id, isoDate, keywords, period, slug, text } from './shared';

/** A summary doubles as the meta description, which search engines cut near 160 characters. */
export const summaryMax = 160;

/** One cooperation area (a green agreement) of the joint work programme. */
export const areaSchema = z.strictObject({
  /** The area's name as a heading, e.g. "Vedvarende energi". */
  title: text('title', 90),
  /** The last part of the URL, in the page's language, e.g. "vedvarende-energi". */
  slug,
  /** One sentence: shown on cards, in search results and as the page description. */
  summary: text('summary', summaryMax),
  /** One of the fixed sectors; its label comes from the site's dictionary. */
  sector: z.enum(sectors, { error: `sector must be one of: ${sectors.join(', ')}` }),
  /** Words people may search for, including parts of compounds ("varme" for "fjernvarme"). */
  keywords,
  /** Position in the work programme's list, from 1. */
  order: z.int({ error: 'order must be a whole number, e.g. 3' }).min(1, { error: 'order must be 1 or more' }),
  /** When the text was last reviewed, "YYYY-MM-DD". */
  updated: isoDate,
  /** Who takes part, where known. */
  partners: z.array(text('a partner', 120)).optional(),
  /** Years the work runs, where known. */
  period: period.optional(),
  /** Where the area stands, where known. */
  status: z.enum(statuses, { error: `status must be one of: ${statuses.join(', ')}` }).optional(),
  /** Ids of related areas (file names without .mdx). */
  related: z.array(id).optional(),
  /** Id of the embassy team responsible, as listed in content/contact. */
  team: id.optional(),
});

export type AreaData = z.infer<typeof areaSchema>;
