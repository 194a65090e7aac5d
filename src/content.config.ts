import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { contentLoader } from './lib/content-loader';
import { collectionSchemas, type CollectionName } from './schemas/collections';

/** Each collection's MDX files under content/<name>/, validated by its schema (src/lib/content-loader.ts). */
const collection = <S extends z.ZodType>(name: CollectionName, schema: S) =>
  defineCollection({ loader: contentLoader(name, schema), schema });

/** The collections of src/schemas/collections.ts; `satisfies` makes a missing or extra one a type error. */
export const collections = {
  areas: collection('areas', collectionSchemas.areas),
  partnership: collection('partnership', collectionSchemas.partnership),
  contact: collection('contact', collectionSchemas.contact),
  pages: collection('pages', collectionSchemas.pages),
} satisfies Record<CollectionName, unknown>;
