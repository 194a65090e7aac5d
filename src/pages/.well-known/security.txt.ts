import type { APIRoute } from 'astro';
import { locales } from '../../i18n/locales';
import { siteContent, pageByKey } from '../../lib/site-pages';
import { securityTxt } from '../../lib/security-txt';

/** RFC 9116: where to report a security problem, with the embassy's address from the contact content. */
export const GET: APIRoute = async ({ site }) => {
  const { all, contact } = await siteContent();
  const body = securityTxt({
    site: site!,
    email: contact.da.data.email,
    contactPages: locales.map((lang) => pageByKey(all, 'contact:embassy', lang).path),
    updated: locales.map((lang) => contact[lang].data.updated),
    languages: [...locales],
  });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
