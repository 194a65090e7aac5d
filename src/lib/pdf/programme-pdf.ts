import type { Locale } from '../../i18n/locales';
import { pageByKey, siteContent } from '../site-pages';
import { absoluteUrl } from '../routes';
import { readOfficialPdf } from './official-pdf';
import { renderProgramme } from './programme-document';

/** The joint work programme as a file: what the endpoint serves and what the download block describes. */
export interface ProgrammePdf {
  lang: Locale;
  bytes: Uint8Array;
  pages: number;
  /** "faelles-arbejdsprogram-2017-2020.pdf" */
  fileName: string;
  /** Site-relative address: "/da/faelles-arbejdsprogram-2017-2020.pdf" */
  path: string;
  /** The programme's name, the document's title. */
  title: string;
  /** True when the embassy's signed PDF is offered instead of the one made from the content. */
  official: boolean;
}

const cache = new Map<Locale, Promise<ProgrammePdf>>();

/** The PDF of the main programme in one language, made (or read) once per build. */
export function programmePdf(lang: Locale): Promise<ProgrammePdf> {
  let pdf = cache.get(lang);
  if (!pdf) {
    pdf = make(lang);
    cache.set(lang, pdf);
  }
  return pdf;
}

async function make(lang: Locale): Promise<ProgrammePdf> {
  const { all, partnership, areas, contact } = await siteContent();
  const entry = partnership[lang];
  const p = entry.data;
  const index = p.programmes.findIndex((x) => x.id === p.mainProgramme);
  const main = p.programmes[index]!;
  const file = fileOf(entry);
  // The schema makes sure the main programme has a pdfName.
  const fileName = `${main.pdfName}.pdf`;
  const path = `/${lang}/${fileName}`;
  const common = { lang, fileName, path, title: main.name };

  if (main.officialPdf) {
    const official = await readOfficialPdf(main.officialPdf, `${file}: programmes[${index}].officialPdf`);
    return { ...common, ...official, official: true };
  }

  const site = import.meta.env.SITE;
  const rendered = await renderProgramme({
    lang,
    partnership: { file, data: p },
    areas: areas[lang].map((a) => ({ file: fileOf(a), data: a.data, body: a.body ?? '' })),
    contact: { file: fileOf(contact[lang]), data: contact[lang].data },
    urls: {
      site,
      programme: absoluteUrl(pageByKey(all, 'programme', lang).path, site),
      contact: absoluteUrl(pageByKey(all, 'contact:embassy', lang).path, site),
    },
  });
  return { ...common, bytes: rendered.bytes, pages: rendered.pages, official: false };
}

/** "content/areas/da/renewable-energy.mdx", as editors know the file. */
function fileOf(entry: { id: string; filePath?: string | undefined }): string {
  return entry.filePath ?? `content/<collection>/${entry.id}.mdx`;
}
