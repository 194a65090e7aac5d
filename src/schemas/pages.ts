import { z } from 'astro/zod';
import { isoDate, slug, text, unknownFields } from './shared.ts';
import { summary } from './areas.ts';

/** A free-standing text page, such as the accessibility statement. */
export const pageSchema = z.strictObject(
  {
    title: text(90, 'title: Tilgængelighedserklæring'),
    slug,
    summary,
    updated: isoDate,
  },
  { error: unknownFields },
);

export type PageData = z.infer<typeof pageSchema>;
