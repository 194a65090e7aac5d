import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Locale } from '../../src/i18n/locales';
import { absoluteUrl, pathFor } from '../../src/lib/routes';
import type { ProgrammeSource } from '../../src/lib/pdf/programme-document';
import { areaSchema } from '../../src/schemas/areas';
import { contactSchema } from '../../src/schemas/contact';
import { partnershipSchema } from '../../src/schemas/partnership';

/** The site address the build used (astro.config.mjs reads the same variable). */
export const site = process.env.SITE_URL ?? 'https://kina.um.dk';

function readMdx(file: string): { data: unknown; body: string } {
  const text = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file} has no front matter`);
  return { data: parse(m[1]!), body: m[2]! };
}

/** The content the PDF is made from, read straight from content/ as an editor wrote it. */
export function programmeSource(lang: Locale, root = process.cwd()): ProgrammeSource {
  const rel = (collection: string, name: string) => `content/${collection}/${lang}/${name}`;
  const partnership = partnershipSchema.parse(readMdx(join(root, rel('partnership', 'partnership.mdx'))).data);
  const contact = contactSchema.parse(readMdx(join(root, rel('contact', 'embassy.mdx'))).data);
  const areas = readdirSync(join(root, 'content/areas', lang))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const { data, body } = readMdx(join(root, rel('areas', f)));
      return { file: rel('areas', f), data: areaSchema.parse(data), body };
    })
    .sort((a, b) => a.data.order - b.data.order);
  return {
    lang,
    partnership: { file: rel('partnership', 'partnership.mdx'), data: partnership },
    areas,
    contact: { file: rel('contact', 'embassy.mdx'), data: contact },
    urls: {
      site,
      programme: absoluteUrl(pathFor({ kind: 'programme', lang }), site),
      contact: absoluteUrl(pathFor({ kind: 'contact', lang, slug: contact.slug }), site),
    },
  };
}

/** The main programme of a language, as the content names it. */
export function mainProgramme(source: ProgrammeSource) {
  const p = source.partnership.data;
  return p.programmes.find((x) => x.id === p.mainProgramme)!;
}

export interface DownloadLink {
  href: string;
  type: string;
  hreflang: string;
  /** The link's visible text. */
  text: string;
  /** The note under the link. */
  note: string;
}

/** The download block of a built page: its whole visible text and each file link with the note under it. */
export function downloadBlock(html: string): { text: string; links: DownloadLink[] } {
  const start = html.indexOf('<div class="download"');
  if (start < 0) throw new Error('the page has no download block');
  const end = html.indexOf('</div></div>', start);
  const block = html.slice(start, end);
  const text = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  const links = [...block.matchAll(/<p class="download__file"><a ([^>]*)>([\s\S]*?)<\/a><\/p><p class="download__note">([\s\S]*?)<\/p>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m[1]!)?.[1] ?? '';
    return { href: attr('href'), type: attr('type'), hreflang: attr('hreflang'), text: text(m[2]!), note: text(m[3]!) };
  });
  if (links.length === 0) throw new Error('the download block has no link');
  return { text: text(block), links };
}

/** Text as a reader sees it: every run of white space one space. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
