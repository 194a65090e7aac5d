import { PDFDocument, StandardFonts } from 'pdf-lib';
import { useTranslations } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { formatDate, formatPeriod } from '../format';
import type { AreaData } from '../../schemas/areas';
import type { ContactData } from '../../schemas/contact';
import type { PartnershipData } from '../../schemas/partnership';
import { chineseCoverage, embedChineseFont, faces, type Face } from './chinese-font';
import { markdownToBlocks, UnsupportedMarkdown, type Block, type Run } from './markdown';
import { A4, addLink, addOutline, colours, Typesetter, type Anchor, type Fonts, type OutlineItem, type TextStyle } from './layout';

/** Everything the document is made of, already loaded from the content collections. */
export interface ProgrammeSource {
  lang: Locale;
  partnership: { file: string; data: PartnershipData };
  /** In the programme's order. */
  areas: { file: string; data: AreaData; body: string }[];
  contact: { file: string; data: ContactData };
  /** Absolute addresses on the site, printed so a reader of paper can find the pages. */
  urls: { programme: string; contact: string; site: string };
}

/** Fixed strings, so that two builds of the same content give the same bytes. */
export const producer = 'pdf-lib';

const frame = { left: 72, right: 72, top: 64, bottom: 76 };
const body: TextStyle = { size: 10.5, leading: 15.5, color: colours.ink, linkColor: colours.redDark };
const small: TextStyle = { size: 9, leading: 13, color: colours.soft };
const styles = {
  title: { size: 24, leading: 29, color: colours.ink, bold: true },
  lead: { size: 12.5, leading: 18, color: colours.ink },
  eyebrow: { size: 10, leading: 14, color: colours.redDark, bold: true },
  section: { size: 16, leading: 21, color: colours.ink, bold: true },
  area: { size: 13, leading: 17, color: colours.ink, bold: true },
  phase: { size: 11, leading: 15, color: colours.ink, bold: true },
  summary: { size: 11, leading: 16, color: colours.ink },
  tocTitle: { size: 12, leading: 17, color: colours.ink, bold: true },
  toc: { size: 10, leading: 15, color: colours.ink },
  label: { size: 9, leading: 13, color: colours.soft, bold: true },
  footer: { size: 8.5, leading: 11, color: colours.soft },
  h: {
    2: { size: 11.5, leading: 16, color: colours.ink, bold: true },
    3: { size: 10.5, leading: 15.5, color: colours.ink, bold: true },
    4: { size: 10.5, leading: 15.5, color: colours.soft, bold: true },
  },
} satisfies Record<string, TextStyle | Record<number, TextStyle>>;

/** The latest "updated" date of the content the document is made from: its date and its creation date. */
export function updatedOf(src: ProgrammeSource): string {
  return [src.partnership.data.updated, src.contact.data.updated, ...src.areas.map((a) => a.data.updated)].sort().at(-1)!;
}

interface Section {
  title: string;
  anchor: Anchor;
  children?: { title: string; number: string; anchor: Anchor }[];
}

/** The Chinese faces a pass embeds, each with the characters it will hold when they are known. */
type ChinesePlan = 'as-needed' | Partial<Record<Face, ReadonlySet<string>>>;

/**
 * Lays out the joint work programme as an A4 PDF and returns its bytes and page count. It is laid out twice:
 * the first pass finds the page of every section, so the second can write the table of contents in reading
 * order, before the text (text extraction and screen readers follow the order of drawing). The first pass
 * also finds the Chinese characters drawn in each weight: the second embeds only those faces, with only
 * those characters.
 */
export async function renderProgramme(src: ProgrammeSource): Promise<{ bytes: Uint8Array; pages: number; title: string }> {
  const draft = await compose(src, undefined, 'as-needed');
  const final = await compose(src, draft.sections, draft.chinese);
  if (JSON.stringify(final.sections) !== JSON.stringify(draft.sections)) {
    throw new Error('The PDF layout differs between its two passes: the table of contents would point to the wrong pages');
  }
  if (JSON.stringify(drawn(final.chinese)) !== JSON.stringify(drawn(draft.chinese))) {
    throw new Error('The PDF draws other Chinese characters in its second pass than in its first: the embedded font would lack some');
  }
  return { bytes: await final.doc.save(), pages: final.pages, title: final.title };
}

const drawn = (chinese: Partial<Record<Face, ReadonlySet<string>>>) => faces.map((face) => [face, [...(chinese[face] ?? [])].sort().join('')]);

async function compose(
  src: ProgrammeSource,
  contents: Section[] | undefined,
  chinesePlan: ChinesePlan,
): Promise<{ doc: PDFDocument; sections: Section[]; pages: number; title: string; chinese: Partial<Record<Face, ReadonlySet<string>>> }> {
  const { lang } = src;
  const t = useTranslations(lang);
  const p = src.partnership.data;
  const main = p.programmes.find((x) => x.id === p.mainProgramme)!;
  const mainIndex = p.programmes.indexOf(main);
  const contact = src.contact.data;
  const updated = updatedOf(src);

  const doc = await PDFDocument.create();
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    italic: await doc.embedFont(StandardFonts.HelveticaOblique),
    boldItalic: await doc.embedFont(StandardFonts.HelveticaBoldOblique),
  };
  const latin = new Set(fonts.regular.getCharacterSet());
  if (chinesePlan === 'as-needed') {
    // The first pass offers both Chinese faces when any content has a character Helvetica lacks: it is
    // never saved, so what it embeds costs nothing.
    if ([...JSON.stringify(src)].some((ch) => !latin.has(ch.codePointAt(0)!))) {
      fonts.chinese = { regular: await embedChineseFont(doc, 'regular'), bold: await embedChineseFont(doc, 'bold') };
    }
  } else {
    for (const face of faces) {
      const characters = chinesePlan[face];
      if (characters) (fonts.chinese ??= {})[face] = await embedChineseFont(doc, face, characters);
    }
  }
  const check = printableCheck(latin);
  /** Plain text from a content field, checked against the font, with the field named if it fails. */
  const field = (value: string, file: string, name: string): Run[] => [{ text: check(value, `${file}: ${name}`) }];
  const pf = src.partnership.file;
  const programmeField = (name: string) => `programmes[${mainIndex}].${name}`;

  const ts = new Typesetter(doc, fonts, frame);

  // Title block, with a red band across the top of the first page, as the site's header has.
  ts.page.drawRectangle({ x: 0, y: A4.height - 10, width: A4.width, height: 10, color: colours.red });
  ts.paragraph([{ text: t('site.name') }], styles.eyebrow);
  ts.space(10);
  ts.paragraph(field(main.name, pf, programmeField('name')), styles.title);
  ts.space(10);
  ts.paragraph(field(main.summary, pf, programmeField('summary')), styles.lead);
  ts.space(14);
  const facts: [string, Run[]][] = [
    [t('programme.period'), [{ text: formatPeriod(main.period) }]],
    [t('area.status'), [{ text: t(`status.${main.status}`) }]],
    [t('pdf.publisher'), field(contact.name, src.contact.file, 'name')],
    [t('pdf.updated'), [{ text: formatDate(updated, lang) }]],
    [t('pdf.source'), [{ text: src.urls.programme, href: src.urls.programme }]],
  ];
  const labelWidth = 110;
  ts.rule();
  ts.space(8);
  for (const [label, value] of facts) {
    const at = ts.y;
    ts.paragraph([{ text: check(label, 'src/i18n') }], styles.label);
    ts.y = at;
    ts.paragraph(value, { ...small, color: colours.ink, linkColor: colours.redDark }, { indent: labelWidth });
  }
  ts.space(8);
  ts.rule();

  // The table of contents has a known number of lines, so its box is kept now and filled in at the end.
  const tocEntries = 3 + src.areas.length;
  ts.space(20);
  ts.paragraph([{ text: t('pdf.contents') }], styles.tocTitle);
  ts.space(4);
  const tocBox = ts.reserve(tocEntries * styles.toc.leading);
  if (contents) drawContents(ts, tocBox, contents);

  const sections: Section[] = [];
  const section = (title: string, keepWithNext = 60) => {
    ts.space(26);
    const anchor = ts.paragraph([{ text: title }], styles.section, { keepWithNext });
    ts.space(6);
    const entry: Section = { title, anchor };
    sections.push(entry);
    return entry;
  };

  // Purpose and background: what the programme was, as the programme page says it.
  section(t('pdf.purpose'));
  ts.paragraph(field(main.text, pf, programmeField('text')), body);

  // The phases, in order, with where each stands; this programme's own text is the section above.
  section(t('programme.phases'));
  p.programmes.forEach((phase, i) => {
    const at = `programmes[${i}]`;
    ts.space(i === 0 ? 2 : 10);
    ts.paragraph(field(phase.name, pf, `${at}.name`), styles.phase, { keepWithNext: 30 });
    const meta = [`${t('programme.period')}: ${formatPeriod(phase.period)}`, t(`status.${phase.status}`)];
    const successor = phase.supersededBy && p.programmes.find((x) => x.id === phase.supersededBy);
    if (successor) meta.push(`${t('programme.supersededBy')}: ${successor.name}`);
    ts.paragraph([{ text: check(meta.join(' · '), `${pf}: ${at}`) }], small);
    if (phase === main) return;
    ts.space(2);
    ts.paragraph(field(phase.text, pf, `${at}.text`), body);
  });

  // Each cooperation area as a numbered section: summary, facts, then its full text.
  const areasSection = section(t('pdf.areas'));
  const children: { title: string; number: string; anchor: Anchor }[] = [];
  src.areas.forEach((area, i) => {
    const a = area.data;
    const number = `${i + 1}.`;
    ts.space(i === 0 ? 4 : 18);
    const anchor = ts.paragraph([{ text: `${number} ` }, ...field(a.title, area.file, 'title')], styles.area, { keepWithNext: 50 });
    children.push({ title: a.title, number, anchor });
    ts.space(3);
    const meta = [`${t('area.sector')}: ${t(`sector.${a.sector}`)}`];
    if (a.period) meta.push(`${t('area.period')}: ${formatPeriod(a.period)}`);
    if (a.status) meta.push(`${t('area.status')}: ${t(`status.${a.status}`)}`);
    ts.paragraph([{ text: check(meta.join(' · '), area.file) }], small);
    if (a.partners?.length) ts.paragraph([{ text: check(`${t('area.partners')}: ${a.partners.join('; ')}`, `${area.file}: partners`) }], small);
    ts.space(6);
    ts.paragraph(field(a.summary, area.file, 'summary'), styles.summary);
    ts.space(6);
    setBlocks(ts, blocksOf(area.body, area.file, check, src.urls.site, t('pdf.image')));
  });
  areasSection.children = children;

  // Contact: the address as the contact page gives it, in Latin letters and in Chinese.
  const cf = src.contact.file;
  const a = contact.address;
  const addressLines = a ? [a.street, a.district, [a.postcode, a.city].filter(Boolean).join(' '), a.country].filter((x): x is string => !!x) : [];
  const contactFacts: [string, Run[]][] = [];
  if (a?.chinese) contactFacts.push([t('contact.addressChinese'), field(a.chinese, cf, 'address.chinese')]);
  contactFacts.push(
    [t('contact.phone'), [{ text: contact.phone.display, href: `tel:${contact.phone.dial}` }]],
    [t('contact.email'), [{ text: check(contact.email, `${cf}: email`), href: `mailto:${contact.email}` }]],
  );
  if (contact.emergencyPhone) {
    contactFacts.push([t('contact.emergency'), [{ text: contact.emergencyPhone.display, href: `tel:${contact.emergencyPhone.dial}` }]]);
  }
  contactFacts.push([t('pdf.web'), [{ text: src.urls.contact, href: src.urls.contact }]]);
  // The contact details stay together on one page: the heading waits for the whole block.
  const contactHeight = (1 + addressLines.length) * body.leading + 8 + contactFacts.length * (small.leading + body.leading + 4);
  section(t('pdf.contact'), contactHeight);
  ts.paragraph(field(contact.name, cf, 'name'), { ...body, bold: true });
  for (const line of addressLines) ts.paragraph([{ text: check(line, `${cf}: address`) }], body);
  ts.space(8);
  for (const [label, value] of contactFacts) {
    ts.paragraph([{ text: label }], { ...small, bold: true }, { keepWithNext: body.leading });
    ts.paragraph(value, body);
    ts.space(4);
  }

  // The first pass draws the table of contents too, with its own page numbers, so that it knows every
  // character the document draws.
  if (!contents) drawContents(ts, tocBox, sections);

  ts.addLinkAnnotations((href) => (/^(https?|mailto|tel):/.test(href) ? href : undefined));

  // Now that every section has its page: the table of contents, the bookmarks, the footers.
  linkContents(ts, doc, tocBox, sections);
  addOutline(
    doc,
    sections.map((s) => ({
      title: s.title,
      page: ts.pages[s.anchor.page]!,
      y: s.anchor.y,
      children: s.children?.map((c): OutlineItem => ({ title: `${c.number} ${c.title}`, page: ts.pages[c.anchor.page]!, y: c.anchor.y })),
    })),
  );
  const total = ts.pages.length;
  ts.pages.forEach((page, i) => {
    const y = frame.bottom - 34;
    page.drawLine({ start: { x: frame.left, y: y + 14 }, end: { x: A4.width - frame.right, y: y + 14 }, thickness: 0.5, color: colours.line });
    const f = styles.footer;
    ts.write(page, main.name, frame.left, y, f);
    const pageOf = t('pdf.pageOf', { n: i + 1, total });
    ts.write(page, pageOf, A4.width - frame.right - ts.widthOf(pageOf, f.size), y, f);
  });

  // Metadata from the content; dates and tools fixed, so the bytes depend on the content alone.
  const date = new Date(`${updated}T00:00:00Z`);
  doc.setTitle(main.name, { showInWindowTitleBar: true });
  doc.setAuthor(contact.name);
  doc.setSubject(main.summary);
  doc.setKeywords([t('site.name'), ...src.areas.map((x) => x.data.title)]);
  doc.setLanguage(lang);
  doc.setCreator(`${t('site.name')} (${src.urls.site})`);
  doc.setProducer(producer);
  doc.setCreationDate(date);
  doc.setModificationDate(date);

  const chinese: Partial<Record<Face, ReadonlySet<string>>> = {};
  for (const face of faces) if (ts.chineseDrawn[face].size) chinese[face] = ts.chineseDrawn[face];
  return { doc, sections, pages: total, title: main.name, chinese };
}

/** The table of contents: sections in bold, the areas under them, each with its page number on the right. */
function drawContents(ts: Typesetter, box: Anchor, sections: Section[]): void {
  const page = ts.pages[box.page]!;
  const s = styles.toc;
  const right = A4.width - ts.frame.right;
  contentsLines(box, sections).forEach(({ label, target, indent, bold, y }) => {
    const style = { ...s, bold };
    const baseline = y - (s.leading - s.size) / 2 - s.size * 0.8;
    const number = String(target.page + 1);
    ts.write(page, label, ts.frame.left + indent, baseline, style);
    ts.write(page, number, right - ts.widthOf(number, s.size, bold), baseline, style);
  });
}

/** Each line of the table of contents is a link to its section. */
function linkContents(ts: Typesetter, doc: PDFDocument, box: Anchor, sections: Section[]): void {
  const page = ts.pages[box.page]!;
  const right = A4.width - ts.frame.right;
  for (const { target, y } of contentsLines(box, sections)) {
    addLink(doc, page, [ts.frame.left, y - styles.toc.leading, right, y], { page: ts.pages[target.page]!, y: target.y });
  }
}

function contentsLines(box: Anchor, sections: Section[]) {
  const lines: { label: string; target: Anchor; indent: number; bold: boolean; y: number }[] = [];
  let y = box.y;
  const add = (label: string, target: Anchor, indent: number, bold: boolean) => {
    lines.push({ label, target, indent, bold, y });
    y -= styles.toc.leading;
  };
  for (const section of sections) {
    add(section.title, section.anchor, 0, true);
    for (const child of section.children ?? []) add(`${child.number} ${child.title}`, child.anchor, 14, false);
  }
  return lines;
}

/** Sets the blocks of an area's text: headings, paragraphs and lists. */
function setBlocks(ts: Typesetter, blocks: Block[]): void {
  for (const block of blocks) {
    if (block.kind === 'heading') {
      ts.space(8);
      ts.paragraph(block.runs, styles.h[block.level], { keepWithNext: 2 * body.leading });
      ts.space(2);
    } else if (block.kind === 'paragraph' || block.kind === 'image') {
      ts.paragraph(block.runs, body);
      ts.space(7);
    } else {
      block.items.forEach((item, i) => {
        const marker = block.ordered ? `${block.start + i}.` : '\u2022';
        ts.paragraph(item, body, { indent: 16, marker: { text: marker, color: colours.redDark, indent: 3 } });
        ts.space(2);
      });
      ts.space(5);
    }
  }
}

/**
 * The area's Markdown as blocks, link addresses printed after their text, every character checked. The PDF
 * holds no pictures (SVG cannot be embedded, and the file stays small): each is named by its text
 * alternative, "Billede: …", so the reader knows the web page shows one.
 */
function blocksOf(
  source: string,
  file: string,
  check: (text: string, where: string) => string,
  site: string,
  imageLabel: string,
): Block[] {
  let blocks: Block[];
  try {
    blocks = markdownToBlocks(source);
  } catch (e) {
    if (e instanceof UnsupportedMarkdown) {
      throw new Error(`${file}: the PDF of the work programme cannot show ${e.message}`);
    }
    throw e;
  }
  const fix = (runs: Run[], alone = false): Run[] =>
    runs.flatMap((run, i) => {
      const text = run.image ? (alone ? `${imageLabel}: ${run.text}` : `(${imageLabel}: ${run.text})`) : run.text;
      const out: Run[] = [{ ...run, text: check(text, file), ...(run.image && { italic: true }) }];
      const next = runs[i + 1];
      // On paper a link is only useful with its address; it follows the linked text once.
      if (run.href && next?.href !== run.href) {
        const address = absolute(run.href, site);
        if (address && plain(address) !== plain(runs.filter((r) => r.href === run.href).map((r) => r.text).join(''))) {
          out.push({ text: ` (${check(plain(address), file)})`, href: run.href });
        }
      }
      return out;
    });
  return blocks.map((b) =>
    b.kind === 'list' ? { ...b, items: b.items.map((item) => fix(item)) } : { ...b, runs: fix(b.runs, b.kind === 'image') },
  );
}

const plain = (address: string) => address.replace(/^mailto:/, '');

function absolute(href: string, site: string): string | undefined {
  if (href.startsWith('#')) return undefined;
  try {
    return new URL(href, site).href;
  } catch {
    return undefined;
  }
}

/**
 * The standard fonts write WinAnsi (Latin-1 plus – — ‘ ’ “ ” € •), which covers Danish and English; the
 * Chinese font covers Chinese characters (the CJK Unified Ideographs, simplified and traditional) and
 * punctuation. Text is normalised (spaces, soft hyphens) and any character neither font can show stops the
 * build with its place.
 */
function printableCheck(latin: ReadonlySet<number>): (text: string, where: string) => string {
  return (text, where) => {
    const clean = text.replace(/[ \t\n\r]+/g, ' ').replace(/\u00ad/g, '');
    for (const ch of clean) {
      const code = ch.codePointAt(0)!;
      if (!latin.has(code) && !chineseCoverage().has(code)) {
        const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
        throw new Error(
          `${where}: the PDF of the work programme cannot show the character "${ch}" (${name}) in "${clean.slice(0, 60)}": ` +
            'its fonts cover Danish, English and Chinese text (Latin letters, æ ø å, dashes, quotes, €, Chinese ' +
            'characters and punctuation); write the text without it',
        );
      }
    }
    return clean;
  };
}
