/** What security.txt needs to know; all of it comes from the content, none from the clock. */
export interface SecurityTxtInput {
  site: URL | string;
  /** Confirmed e-mail addresses for reports, first in the file; empty when none is confirmed. */
  emails: readonly string[];
  /** Site-relative paths of the contact page in every language. */
  contactPages: string[];
  /** ISO dates (YYYY-MM-DD) the contact details were last updated. */
  updated: string[];
  languages: string[];
}

/**
 * The expiry is one year after the contact details were last reviewed, so two builds of the same content
 * agree byte for byte, and updating the contact page moves the date on.
 */
export function securityTxtExpiry(updated: string[]): string {
  const latest = [...updated].sort().at(-1);
  if (!latest || !/^\d{4}-\d{2}-\d{2}$/.test(latest)) throw new Error(`security.txt needs a YYYY-MM-DD date, got "${latest}"`);
  const [year, month, day] = latest.split('-').map(Number) as [number, number, number];
  // Date.UTC rolls 29 February on to 1 March in a year that has none.
  return new Date(Date.UTC(year + 1, month - 1, day)).toISOString().replace('.000Z', 'Z');
}

/**
 * The body of /.well-known/security.txt (RFC 9116). Contact lines: each confirmed e-mail as a mailto: URI,
 * then the contact pages as https URIs, which the RFC allows, so the file always has a Contact even when
 * no e-mail is confirmed. Throws if `updated` holds no YYYY-MM-DD date (see securityTxtExpiry).
 */
export function securityTxt({ site, emails, contactPages, updated, languages }: SecurityTxtInput): string {
  return [
    ...emails.map((email) => `Contact: mailto:${email}`),
    ...contactPages.map((path) => `Contact: ${new URL(path, site).href}`),
    `Expires: ${securityTxtExpiry(updated)}`,
    `Preferred-Languages: ${languages.join(', ')}`,
    `Canonical: ${new URL('/.well-known/security.txt', site).href}`,
    '',
  ].join('\n');
}
