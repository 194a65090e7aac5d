import { basename } from 'node:path';
import type { Locale } from '../../i18n/locales';
import { pageByKey, siteContent } from '../site-pages';
import { absoluteUrl } from '../routes';
import type { PartnershipData } from '../../schemas/partnership';
import { readOfficialPdf } from './official-pdf';
import { renderProgramme } from './programme-document';

/** One PDF file the site serves. */
export interface PdfFile {
  bytes: Uint8Array;
  pages: number;
  /** "faelles-arbejdsprogram-2017-2020.pdf" */
  fileName: string;
  /** Site-relative address: "/da/faelles-arbejdsprogram-2017-2020.pdf" */
  path: string;
  /** What the link says the file is. */
  title: string;
}

/**
 * The main programme's downloads in one language: the summary made from the site's content (always), and the
 * signed programme when an editor supplies it (`officialPdf`), served under its own file name.
 */
export interface ProgrammeDownloads {
  lang: Locale;
  /** The programme the PDFs and the areas belong to, as the partnership entry names it. */
  programme: PartnershipData['programmes'][number];
  /** How many cooperation areas the summary (and the site) holds. */
  areas: number;
  summary: PdfFile;
  official?: PdfFile;
}

const cache = new Map<Locale, Promise<ProgrammeDownloads>>();

/** The PDFs of the main programme in one language, made (or read) once per build. */
export function programmePdf(lang: Locale): Promise<ProgrammeDownloads> {
  let pdf = cache.get(lang);
  if (!pdf) {
    pdf = make(lang);
    cache.set(lang, pdf);
  }
  return pdf;
}

async function make(lang: Locale): Promise<ProgrammeDownloads> {
  const { all, partnership, areas, contact } = await siteContent();
  const entry = partnership[lang];
  const p = entry.data;
  const index = p.programmes.findIndex((x) => x.id === p.mainProgramme);
  const main = p.programmes[index]!;
  const file = fileOf(entry);
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
  // The schema makes sure the main programme has a pdfName.
  const summary = pdfFile(lang, `${main.pdfName}.pdf`, rendered.title, rendered);
  const downloads: ProgrammeDownloads = { lang, programme: main, areas: areas[lang].length, summary };
  if (main.officialPdf) {
    const official = await readOfficialPdf(main.officialPdf, `${file}: programmes[${index}].officialPdf`);
    const name = basename(main.officialPdf);
    if (name === summary.fileName) {
      throw new Error(`${file}: programmes[${index}].officialPdf "${main.officialPdf}" has the file name of the summary PDF; rename the signed PDF`);
    }
    downloads.official = pdfFile(lang, name, main.name, official);
  }
  return downloads;
}

function pdfFile(lang: Locale, fileName: string, title: string, content: { bytes: Uint8Array; pages: number }): PdfFile {
  return { bytes: content.bytes, pages: content.pages, fileName, path: `/${lang}/${fileName}`, title };
}

/** "content/areas/da/renewable-energy.mdx", as editors know the file. */
function fileOf(entry: { id: string; filePath?: string | undefined }): string {
  return entry.filePath ?? `content/<collection>/${entry.id}.mdx`;
}
