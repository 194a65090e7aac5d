import { z } from 'astro/zod';
import { sectors } from './vocabulary';
import { email, id, isoDate, phone, slug, text } from './shared';
import { summaryMax } from './areas';

/** A postal address; the Chinese form helps taxi drivers and couriers in Beijing. */
const address = z.strictObject({
  street: text('street', 120),
  district: text('district', 120).optional(),
  city: text('city', 60),
  postcode: z.string().regex(/^\d{6}$/, { error: 'postcode must be six digits' }).optional(),
  country: text('country', 60),
  /** The address in Chinese characters, as written in China. */
  chinese: text('chinese address', 120).optional(),
});

/** A sector team of the embassy; only what is known: no invented names or numbers. */
const team = z.strictObject({
  id,
  name: text('name', 90),
  sectors: z.array(z.enum(sectors, { error: `sector must be one of: ${sectors.join(', ')}` })).optional(),
  text: text('text', 400).optional(),
  email: email.optional(),
  phone: phone.optional(),
});

/** The embassy's contact details and its sector teams. One entry per language. */
export const contactSchema = z.strictObject({
  title: text('title', 90),
  slug,
  summary: text('summary', summaryMax),
  updated: isoDate,
  /** The embassy's name in the page's language, e.g. "Ambassaden i Beijing". */
  name: text('name', 90),
  phone,
  email,
  address: address.optional(),
  /** The Ministry of Foreign Affairs' 24-hour Global Duty Centre. */
  emergencyPhone: phone.optional(),
  teams: z.array(team).optional(),
});

export type ContactData = z.infer<typeof contactSchema>;
