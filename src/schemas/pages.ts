import { z } from 'astro/zod';
import { defaultLocale } from '../i18n/locales.ts';
import { examples, type Examples } from './examples.ts';
import { isoDate, slugOf, text, unknownFields, sourcesFor, unconfirmed } from './shared.ts';
import { summaryFor } from './areas.ts';

/** A free-standing text page, such as the accessibility statement; messages' examples in the language of `ex`. */
export const pageSchemaFor = (ex: Examples) => z.strictObject(
  {
    title: text(90, `title: ${ex.pageTitle}`),
    slug: slugOf(ex.slug),
    summary: summaryFor(ex),
    updated: isoDate,
    /** Where the facts come from (see shared.ts). */
    sources: sourcesFor(ex),
    /** Fields no source confirms yet (see shared.ts). */
    unconfirmed: unconfirmed.optional(),
  },
  { error: unknownFields },
);

/** The schema Astro loads the pages with: the default language's messages. */
export const pageSchema = pageSchemaFor(examples[defaultLocale]);

export type PageData = z.infer<typeof pageSchema>;
