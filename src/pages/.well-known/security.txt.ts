import type { APIRoute } from 'astro';
import { locales } from '../../i18n/locales';
import { siteContent, pageByKey } from '../../lib/site-pages';
import { securityTxt } from '../../lib/security-txt';
import { isConfirmed, logLeftOut, type LeftOut } from '../../schemas/unconfirmed';

/**
 * RFC 9116: where to report a security problem, from the contact content. The embassy's e-mail goes in
 * only once no contact entry marks it unconfirmed; until then the contact pages are the Contact, and the
 * build logs the address it left out.
 */
export const GET: APIRoute = async ({ site }) => {
  const { all, contact } = await siteContent();
  const leftOut: LeftOut[] = [];
  const doubted = new Set<string>();
  for (const lang of locales) {
    const entry = contact[lang];
    if (isConfirmed(entry.data, 'email')) continue;
    doubted.add(entry.data.email);
    leftOut.push({ file: entry.filePath ?? `content/contact/${entry.id}.mdx`, field: 'email', output: 'security.txt' });
  }
  logLeftOut(leftOut);
  // An address one language's entry still doubts stays out, even if the other language's entry confirms it.
  const emails = [...new Set(locales.map((lang) => contact[lang].data.email))].filter((e) => !doubted.has(e));
  const body = securityTxt({
    site: site!,
    emails,
    contactPages: locales.map((lang) => pageByKey(all, 'contact:embassy', lang).path),
    updated: locales.map((lang) => contact[lang].data.updated),
    languages: [...locales],
  });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
