import { z } from 'astro/zod';
import { isoDate, slug, text, unknownFields, sources, unconfirmed } from './shared.ts';
import { summary } from './areas.ts';

/** A free-standing text page, such as the accessibility statement. */
export const pageSchema = z.strictObject(
  {
    title: text(90, 'title: Tilgængelighedserklæring'),
    slug,
    summary,
    updated: isoDate,
    /** Where the facts come from (see shared.ts). */
    sources,
    /** Fields no source confirms yet (see shared.ts). */
    unconfirmed: unconfirmed.optional(),
  },
  { error: unknownFields },
);

export type PageData = z.infer<typeof pageSchema>;
