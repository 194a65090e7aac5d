import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../i18n/locales';
import { programmePdf } from '../../lib/pdf/programme-pdf';

/** One PDF of the joint work programme per language, made from the content at build time. */
export const getStaticPaths = (async () =>
  Promise.all(
    locales.map(async (lang) => {
      const pdf = await programmePdf(lang);
      return { params: { lang, file: pdf.fileName.replace(/\.pdf$/, '') }, props: { lang } };
    }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Locale }> = async ({ props }) => {
  const pdf = await programmePdf(props.lang);
  return new Response(new Uint8Array(pdf.bytes), { headers: { 'Content-Type': 'application/pdf' } });
};
