import { z } from 'astro/zod';
import { defaultLocale } from '../i18n/locales.ts';
import { examples, type Examples } from './examples.ts';
import { sectors } from './vocabulary.ts';
import { email, expected, unknownFields, id, isoDate, oneOf, phone, slugOf, text, sourcesFor, unconfirmed } from './shared.ts';
import { summaryFor } from './areas.ts';

/** A postal address; the Chinese form helps taxi drivers and couriers in Beijing. */
const addressFor = (ex: Examples) => z.strictObject(
  {
    street: text(120, `street: ${ex.street}`),
    district: text(120, `district: ${ex.district}`).optional(),
    city: text(60, `city: ${ex.city}`),
    postcode: z
      .string({ error: expected('six digits in double quotes', 'postcode: "100600"') })
      .regex(/^\d{6}$/, { error: 'must be six digits in double quotes, e.g. "100600"' })
      .optional(),
    country: text(60, `country: ${ex.country}`),
    /** The address in Chinese characters, as written in China. */
    chinese: text(120, 'chinese: 北京市朝阳区三里屯东五街1号').optional(),
  },
  {
    error: expected(
      'an address with street, city and country lines',
      'address: { street: …, city: …, country: … }',
    ),
  },
);

/** A sector team of the embassy; only what is known: no invented names or numbers. */
const teamFor = (ex: Examples) => z.strictObject(
  {
    id,
    name: text(90, `name: ${ex.teamName}`),
    sectors: z
      .array(oneOf(sectors, 'sector'), { error: expected('a list of sectors', '[energy, water]') })
      .optional(),
    text: text(400, `text: ${ex.teamText}`).optional(),
    email: email.optional(),
    phone: phone.optional(),
  },
  { error: expected('a team with id and name lines', '- id: energy-team') },
);

/** The embassy's contact details and its sector teams. One entry per language; messages' examples in the language of `ex`. */
export const contactSchemaFor = (ex: Examples) => z.strictObject(
  {
    title: text(90, `title: ${ex.contactTitle}`),
    slug: slugOf(ex.slug),
    summary: summaryFor(ex),
    updated: isoDate,
    /** The embassy's name in the page's language, e.g. "Ambassaden i Beijing". */
    name: text(90, `name: ${ex.embassyName}`),
    phone,
    email,
    address: addressFor(ex).optional(),
    /** The Ministry of Foreign Affairs' 24-hour Global Duty Centre. */
    emergencyPhone: phone.optional(),
    teams: z
      .array(teamFor(ex), {
        error: expected('a list of teams, each starting with "- id:"', '- id: energy-team'),
      })
      .optional(),
    /** Where the facts come from (see shared.ts). */
    sources: sourcesFor(ex),
    /** Fields no source confirms yet (see shared.ts). */
    unconfirmed: unconfirmed.optional(),
  },
  { error: unknownFields },
);

/** The schema Astro loads the contact pages with: the default language's messages. */
export const contactSchema = contactSchemaFor(examples[defaultLocale]);

export type ContactData = z.infer<typeof contactSchema>;
