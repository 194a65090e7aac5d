import { describe, expect, test } from 'vitest';
import { readPage } from '../support/dist';
import { frontmatterOf, unconfirmedOf } from '../support/content-frontmatter';
import { contactJsonLd } from '../../src/lib/contact-json-ld';
import { contactSchema } from '../../src/schemas/contact';
import { isConfirmed, leftOutLine } from '../../src/schemas/unconfirmed';

const pages = [
  { path: '/da/kontakt/', file: 'content/contact/da/embassy.mdx' },
  { path: '/en/contact/', file: 'content/contact/en/embassy.mdx' },
];
const jsonLdOf = (path: string) =>
  JSON.parse(readPage(`${path.slice(1)}index.html`).dom.querySelector('script[type="application/ld+json"]')!.text) as Record<string, any>;
const at = (data: Record<string, any>, path: string): unknown => path.split('.').reduce<any>((v, k) => v?.[k], data);

/** Each JSON-LD value and the frontmatter field it comes from. */
const fields: [jsonLd: string, frontmatter: string][] = [
  ['name', 'name'],
  ['telephone', 'phone.dial'],
  ['email', 'email'],
  ['address.streetAddress', 'address.street'],
  ['address.addressLocality', 'address.city'],
  ['address.addressRegion', 'address.district'],
  ['address.postalCode', 'address.postcode'],
];

describe.each(pages)('the JSON-LD of $path', ({ path, file }) => {
  const data = jsonLdOf(path);
  const written = frontmatterOf(file);
  const doubted = unconfirmedOf(file);

  test.each(fields)('%s carries the value of %s, unless the entry marks it unconfirmed', (key, field) => {
    const value = at(written, field);
    const confirmed = !doubted.some((d) => field === d || field.startsWith(`${d}.`));
    expect(at(data, key)).toBe(confirmed ? value : undefined);
    if (!confirmed && typeof value === 'string') expect(JSON.stringify(data)).not.toContain(value);
  });

  test('is the embassy, with the telephone number FACTS.md gives (+86 (10) 8532 9900)', () => {
    expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'GovernmentOffice', telephone: '+861085329900' });
    expect(new URL(data['url']).pathname).toBe(path);
  });
});

describe('isConfirmed and the values left out', () => {
  const entry = contactSchema.parse({ ...frontmatterOf('content/contact/en/embassy.mdx'), unconfirmed: undefined });

  test('a listed path, or a path above it, is unconfirmed; a path beside or above a listed one is not', () => {
    expect(isConfirmed({}, 'email')).toBe(true);
    expect(isConfirmed({ unconfirmed: ['email'] }, 'email')).toBe(false);
    expect(isConfirmed({ unconfirmed: ['address'] }, 'address.postcode')).toBe(false);
    expect(isConfirmed({ unconfirmed: ['address.postcode'] }, 'address.street')).toBe(true);
    expect(isConfirmed({ unconfirmed: ['address.postcode'] }, 'address')).toBe(true);
    expect(isConfirmed({ unconfirmed: ['phone'] }, 'phoneNumber')).toBe(true);
  });

  test('contactJsonLd leaves out each unconfirmed value and names its file and field for the build log', () => {
    const file = 'content/contact/en/embassy.mdx';
    const { jsonLd, leftOut } = contactJsonLd({ ...entry, unconfirmed: ['email', 'address'] }, 'https://example.dk/en/contact/', file);
    expect(jsonLd).not.toHaveProperty('email');
    expect(jsonLd).not.toHaveProperty('address');
    expect(leftOut.map((l) => l.field)).toEqual(['address.street', 'address.city', 'address.district', 'address.country', 'email']);
    expect(leftOutLine(leftOut.at(-1)!)).toMatch(/^JSON-LD on \/en\/contact\/: left out email of content\/contact\/en\/embassy\.mdx, which is marked unconfirmed/);
  });

  test('with nothing unconfirmed, contactJsonLd carries every value and leaves nothing out', () => {
    const { jsonLd, leftOut } = contactJsonLd(entry, 'https://example.dk/en/contact/', 'x.mdx');
    expect(leftOut).toEqual([]);
    expect(jsonLd).toMatchObject({ email: entry.email, telephone: entry.phone.dial, address: { streetAddress: entry.address!.street } });
  });
});
