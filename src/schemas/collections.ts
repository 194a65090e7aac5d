import type { PageKind } from '../lib/routes.ts';
import { areaSchema } from './areas.ts';
import { contactSchema } from './contact.ts';
import { pageSchema } from './pages.ts';
import { partnershipSchema } from './partnership.ts';

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
