import { locales, type Locale } from '../i18n/locales.ts';
import type { PageKind } from '../lib/routes.ts';
import { areaSchema, areaSchemaFor } from './areas.ts';
import { contactSchema, contactSchemaFor } from './contact.ts';
import { examples } from './examples.ts';
import { pageSchema, pageSchemaFor } from './pages.ts';
import { partnershipSchema, partnershipSchemaFor } from './partnership.ts';

/**
 * Each folder of content/ and the schema its files follow. src/content.config.ts defines the same
 * collections for Astro from this table; the content check reads it too.
 */
export const collectionSchemas = {
  areas: areaSchema,
  partnership: partnershipSchema,
  contact: contactSchema,
  pages: pageSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;

/**
 * The same schemas with their messages' examples in each language (examples.ts), by locale: the content check
 * reads a file with its own language's, so an English file is never told a Danish example. They accept and
 * refuse exactly what collectionSchemas do.
 */
export const collectionSchemasIn = Object.fromEntries(
  locales.map((lang) => {
    const ex = examples[lang];
    return [lang, { areas: areaSchemaFor(ex), partnership: partnershipSchemaFor(ex), contact: contactSchemaFor(ex), pages: pageSchemaFor(ex) }];
  }),
) as Record<Locale, typeof collectionSchemas>;
export const collectionNames = Object.keys(collectionSchemas) as CollectionName[];

/** Collections with exactly one file per language: the site has one partnership page and one contact page. */
export const singletonCollections: readonly CollectionName[] = ['partnership', 'contact'];

/** The kind of page each collection's entries are shown as (src/lib/site-pages.ts and the link check). */
export const pageKindOf = {
  areas: 'area',
  partnership: 'partnership',
  contact: 'contact',
  pages: 'page',
} as const satisfies Record<CollectionName, PageKind>;

/** Files content/ may hold beside pages, for pages to show or link: images and PDFs. */
export const assetPattern = /\.(?:pdf|png|jpe?g|webp|avif|gif|svg)$/i;
