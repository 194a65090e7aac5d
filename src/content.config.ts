import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { collectionSchemas, type CollectionName } from './schemas/collections';

/** Ids keep the locale folder ("da/renewable-energy") so a slug field never replaces them. */
const collection = <S extends z.ZodType>(name: CollectionName, schema: S) =>
  defineCollection({
    loader: glob({
      pattern: '**/*.mdx',
      base: `./content/${name}`,
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema,
  });

/** The collections of src/schemas/collections.ts; `satisfies` makes a missing or extra one a type error. */
export const collections = {
  areas: collection('areas', collectionSchemas.areas),
  partnership: collection('partnership', collectionSchemas.partnership),
  contact: collection('contact', collectionSchemas.contact),
  pages: collection('pages', collectionSchemas.pages),
} satisfies Record<CollectionName, unknown>;
