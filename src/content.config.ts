import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas, type CollectionName } from './schemas/collections';

/** Ids keep the locale folder ("da/renewable-energy") so a slug field never replaces them. */
const collection = <N extends CollectionName>(name: N) =>
  defineCollection({
    loader: glob({
      pattern: '**/*.mdx',
      base: `./content/${name}`,
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: collectionSchemas[name],
  });

/** The collections of src/schemas/collections.ts; `satisfies` makes a missing or extra one a type error. */
export const collections = {
  areas: collection('areas'),
  partnership: collection('partnership'),
  contact: collection('contact'),
  pages: collection('pages'),
} satisfies Record<CollectionName, unknown>;
