import { z } from 'astro/zod';
import { sectors } from './vocabulary.ts';
import { email, expected, unknownFields, id, isoDate, oneOf, phone, slug, text, sources, unconfirmed } from './shared.ts';
import { summary } from './areas.ts';

/** A postal address; the Chinese form helps taxi drivers and couriers in Beijing. */
const address = z.strictObject(
  {
    street: text(120, 'street: Dongwujie 1'),
    district: text(120, 'district: Sanlitun').optional(),
    city: text(60, 'city: Beijing'),
    postcode: z
      .string({ error: expected('six digits in double quotes', 'postcode: "100600"') })
      .regex(/^\d{6}$/, { error: 'must be six digits in double quotes, e.g. "100600"' })
      .optional(),
    country: text(60, 'country: Kina'),
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
const team = z.strictObject(
  {
    id,
    name: text(90, 'name: Energiteamet'),
    sectors: z
      .array(oneOf(sectors, 'sector'), { error: expected('a list of sectors', '[energy, water]') })
      .optional(),
    text: text(400, 'text: Teamet arbejder med …').optional(),
    email: email.optional(),
    phone: phone.optional(),
  },
  { error: expected('a team with id and name lines', '- id: energy-team') },
);

/** The embassy's contact details and its sector teams. One entry per language. */
export const contactSchema = z.strictObject(
  {
    title: text(90, 'title: Kontakt'),
    slug,
    summary,
    updated: isoDate,
    /** The embassy's name in the page's language, e.g. "Ambassaden i Beijing". */
    name: text(90, 'name: Ambassaden i Beijing'),
    phone,
    email,
    address: address.optional(),
    /** The Ministry of Foreign Affairs' 24-hour Global Duty Centre. */
    emergencyPhone: phone.optional(),
    teams: z
      .array(team, {
        error: expected('a list of teams, each starting with "- id:"', '- id: energy-team'),
      })
      .optional(),
    /** Where the facts come from (see shared.ts). */
    sources,
    /** Fields no source confirms yet (see shared.ts). */
    unconfirmed: unconfirmed.optional(),
  },
  { error: unknownFields },
);

export type ContactData = z.infer<typeof contactSchema>;
