import { z } from 'astro/zod';
import { isoDate, slug, text } from './shared';
import { summaryMax } from './areas';

/** A free-standing text page, such as the accessibility statement. */
export const pageSchema = z.strictObject({
  title: text('title', 90),
  slug,
  summary: text('summary', summaryMax),
  updated: isoDate,
});

export type PageData = z.infer<typeof pageSchema>;
