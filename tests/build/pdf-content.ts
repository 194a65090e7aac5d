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

/** The download block of a built page: the link's attributes and its visible text. */
export function downloadBlock(html: string): { href: string; type: string; hreflang: string; text: string; linkText: string } {
  const start = html.indexOf('<div class="download"');
  if (start < 0) throw new Error('the page has no download block');
  const end = html.indexOf('</div></div>', start);
  const block = html.slice(start, end);
  const link = /<a ([^>]*)>([\s\S]*?)<\/a>/.exec(block);
  if (!link) throw new Error('the download block has no link');
  const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(link[1]!)?.[1] ?? '';
  const text = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return { href: attr('href'), type: attr('type'), hreflang: attr('hreflang'), text: text(block), linkText: text(link[2]!) };
}

/** Text as a reader sees it: every run of white space one space. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
