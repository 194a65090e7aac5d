import { areaSchema } from './areas.ts';
import { contactSchema } from './contact.ts';
import { pageSchema } from './pages.ts';
import { partnershipSchema } from './partnership.ts';

/**
 * Each folder of content/ and the schema its files follow. src/content.config.ts defines the same
 * collections for Astro; the content checker reads this table (tests/content keep the two equal).
 */
export const collectionSchemas = {
  areas: areaSchema,
  partnership: partnershipSchema,
  contact: contactSchema,
  pages: pageSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;

/** Collections with exactly one file per language: the site has one partnership page and one contact page. */
export const singletonCollections: readonly CollectionName[] = ['partnership', 'contact'];
