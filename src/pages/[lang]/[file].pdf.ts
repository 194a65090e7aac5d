import type { APIRoute, GetStaticPaths } from 'astro';
import { locales } from '../../i18n/locales';
import { programmePdf, type PdfFile } from '../../lib/pdf/programme-pdf';

/**
 * The work programme's PDFs per language: the summary made from the content at build time, and the signed
 * programme where an editor supplies it.
 */
export const getStaticPaths = (async () =>
  (
    await Promise.all(
      locales.map(async (lang) => {
        const { summary, official } = await programmePdf(lang);
        return [summary, ...(official ? [official] : [])].map((pdf) => ({ params: { lang, file: pdf.fileName.replace(/\.pdf$/, '') }, props: { pdf } }));
      }),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute<{ pdf: PdfFile }> = ({ props }) =>
  new Response(new Uint8Array(props.pdf.bytes), { headers: { 'Content-Type': 'application/pdf' } });
