import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { areaSchema } from './schemas/areas';
import { partnershipSchema } from './schemas/partnership';
import { contactSchema } from './schemas/contact';
import { pageSchema } from './schemas/pages';

/** Ids keep the locale folder ("da/renewable-energy") so a slug field never replaces them. */
const mdxIn = (folder: string) =>
  glob({
    pattern: '**/*.mdx',
    base: `./content/${folder}`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  });

export const collections = {
  areas: defineCollection({ loader: mdxIn('areas'), schema: areaSchema }),
  partnership: defineCollection({ loader: mdxIn('partnership'), schema: partnershipSchema }),
  contact: defineCollection({ loader: mdxIn('contact'), schema: contactSchema }),
  pages: defineCollection({ loader: mdxIn('pages'), schema: pageSchema }),
};
