import type { ContactData } from '../schemas/contact';
import { isConfirmed, type LeftOut } from '../schemas/unconfirmed';

/** The schema.org object for the embassy, and the unconfirmed values it left out. */
export interface ContactJsonLd {
  jsonLd: Record<string, unknown>;
  leftOut: LeftOut[];
}

/**
 * schema.org `GovernmentOffice` data for the embassy, so maps and assistants get the number and address
 * right. Every value comes from the contact entry; a value whose path the entry lists in `unconfirmed`
 * (see src/schemas/unconfirmed.ts) is left out and returned in `leftOut`, naming `file` and the field,
 * for the build to log. `pageUrl` is the contact page's absolute URL. Never throws.
 */
export function contactJsonLd(data: ContactData, pageUrl: string, file: string): ContactJsonLd {
  const leftOut: LeftOut[] = [];
  const output = `JSON-LD on ${new URL(pageUrl).pathname}`;
  /** The value if it is given and confirmed; otherwise nothing, noting a value left out. */
  const confirmed = <T,>(field: string, value: T | undefined): T | undefined => {
    if (value === undefined) return undefined;
    if (isConfirmed(data, field)) return value;
    leftOut.push({ file, field, output });
    return undefined;
  };
  const defined = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

  const a = data.address;
  const address =
    a &&
    defined({
      streetAddress: confirmed('address.street', a.street),
      addressLocality: confirmed('address.city', a.city),
      addressRegion: confirmed('address.district', a.district),
      postalCode: confirmed('address.postcode', a.postcode),
      // The site's only embassy is in China; the country's ISO code, not the localised name.
      addressCountry: confirmed('address.country', 'CN'),
    });
  const jsonLd = defined({
    '@context': 'https://schema.org',
    '@type': 'GovernmentOffice',
    name: confirmed('name', data.name),
    url: pageUrl,
    telephone: confirmed('phone.dial', data.phone.dial),
    email: confirmed('email', data.email),
    address: address && Object.keys(address).length > 0 ? { '@type': 'PostalAddress', ...address } : undefined,
  });
  return { jsonLd, leftOut };
}
