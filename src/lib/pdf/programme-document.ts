import { useTextParts, useTranslations } from '../../i18n';
import type { MarkableKey } from '../../i18n/dictionary';
import { languageTags, type Locale } from '../../i18n/locales';
import { formatDate, formatPeriod } from '../format';
import type { AreaData } from '../../schemas/areas';
import type { ContactData } from '../../schemas/contact';
import type { PartnershipData } from '../../schemas/partnership';
import { markdownBlocks, UnshowableMarkdown, type Block, type Run } from './blocks.ts';
import { colours, Typesetter, type TextStyle } from './typeset.ts';
import { titleLines } from './title-lines.ts';
import { DescribedLinksDocument } from './described-links.ts';
import { svgPicture } from './pictures.ts';

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

/**
 * The language of the contact entry's `address.chinese` field, the same tag the contact page puts on it
 * (src/components/content/ContactBlock.astro): the field holds Chinese in every locale's entry.
 */
const chineseAddressLang = languageTags.zh;

/** A4 in pt, and the text frame: the footer stands in the bottom margin. */
const A4 = { width: 595.28, height: 841.89 };
const margins = { top: 64, bottom: 76, left: 72, right: 72 };
const measure = A4.width - margins.left - margins.right;

const styles = {
  body: { size: 10.5, gap: 1.5, color: colours.ink },
  small: { size: 9, gap: 1, color: colours.soft },
  eyebrow: { size: 10, gap: 1, color: colours.redDark, bold: true },
  title: { size: 22, gap: 0, color: colours.ink, bold: true },
  lead: { size: 12, gap: 2, color: colours.ink },
  note: { size: 9.5, gap: 1.5, color: colours.ink },
  label: { size: 9, gap: 1, color: colours.soft, bold: true },
  section: { size: 16, gap: 0, color: colours.ink, bold: true },
  area: { size: 13, gap: 0, color: colours.ink, bold: true },
  phase: { size: 11, gap: 0, color: colours.ink, bold: true },
  summary: { size: 11, gap: 1.5, color: colours.ink },
  toc: { size: 10, gap: 0, color: colours.ink },
  tocTitle: { size: 12, gap: 0, color: colours.ink, bold: true },
  footer: { size: 8.5, gap: 0, color: colours.soft },
  h: [
    { size: 11.5, gap: 0, color: colours.ink, bold: true },
    { size: 10.5, gap: 0, color: colours.ink, bold: true },
    { size: 10.5, gap: 0, color: colours.soft, bold: true },
  ],
} satisfies Record<string, TextStyle | TextStyle[]>;

/** The latest "updated" date of the content the document is made from: its date and its creation date. */
export function updatedOf(src: ProgrammeSource): string {
  return [src.partnership.data.updated, src.contact.data.updated, ...src.areas.map((a) => a.data.updated)].sort().at(-1)!;
}

/** The document's title: a summary of the programme, compiled from the site, not the signed programme. */
export function summaryTitle(src: ProgrammeSource): string {
  const p = src.partnership.data;
  const main = p.programmes.find((x) => x.id === p.mainProgramme)!;
  return useTranslations(src.lang)('pdf.summaryTitle', { name: main.name });
}

type Doc = DescribedLinksDocument;
type StructElement = ReturnType<Doc['struct']>;

/**
 * A column header cell: pdfkit's struct() writes /A << /O /Table /Scope /Column >> from `scope` (pdfkit 0.19, "Fix
 * accessibility: scope in TH element"); @types/pdfkit does not list the option.
 */
const headerCell = { scope: 'Column' } as unknown as Parameters<Doc['struct']>[1];

/**
 * Typesets the summary of the joint work programme as a tagged A4 PDF (PDF/UA-1 identification, structure
 * tree in reading order, /Lang from the locale's BCP 47 tag, the title shown in the window, bookmarks for
 * every section and area, running footers as artifacts, every font an embedded subset, each link annotation in its
 * Link element with a /Contents saying where it leads, see described-links.ts).
 *
 * @returns the bytes and the number of pages
 * @throws Error naming the content file (and field or line) when a text holds what the PDF cannot show
 */
export async function renderProgramme(src: ProgrammeSource): Promise<{ bytes: Uint8Array; pages: number; title: string }> {
  const { lang } = src;
  const t = useTranslations(lang);
  const p = src.partnership.data;
  const main = p.programmes.find((x) => x.id === p.mainProgramme)!;
  const mainIndex = p.programmes.indexOf(main);
  const contact = src.contact.data;
  const updated = updatedOf(src);
  const title = summaryTitle(src);
  // Dates from the content, so that two builds of the same content give the same bytes (pdfkit derives
  // the file's /ID from the info dictionary).
  const date = new Date(`${updated}T00:00:00Z`);
  const doc = new DescribedLinksDocument({
    size: [A4.width, A4.height],
    margins,
    pdfVersion: '1.7',
    // PDF/UA-1 identification in the XMP metadata; @types/pdfkit lists only the PDF/A subsets.
    subset: 'PDF/UA' as never,
    tagged: true,
    displayTitle: true,
    // /Lang takes a BCP 47 tag (ISO 32000-1, 14.9.2); the page's <html lang>, without a region: zh-Hans.
    lang: languageTags[lang],
    bufferPages: true,
    // No standard font: every font is embedded, chosen per character by the typesetter.
    font: null as unknown as string,
    info: {
      Title: title,
      Author: contact.name,
      Subject: main.summary,
      Keywords: [t('site.name'), ...src.areas.map((x) => x.data.title)].join(', '),
      Creator: `${t('site.name')}${t('text.aside', { text: src.urls.site })}`,
      Producer: 'PDFKit',
      CreationDate: date,
      ModDate: date,
    },
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));

  // A link annotation says what the link's text says, and where it leads when the text does not show it.
  const describe = (label: string, href: string) => {
    const address = plain(href);
    const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    return bare(label).includes(bare(address)) ? label : `${label}${t('text.aside', { text: address })}`;
  };
  const ts = new Typesetter(doc, describe);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const pf = src.partnership.file;
  const programmeField = (name: string) => `${pf}: programmes[${mainIndex}].${name}`;
  const pageIndex = () => doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;

  /** A block of text as one structure element, in the flow, `indent` pt in from the margin. */
  const block = (parent: StructElement, type: string, runs: Run[], style: TextStyle, where: string, indent = 0, after = 0) => {
    doc.x = margins.left + indent;
    parent.add(doc.struct(type, {}, ts.inline(runs, style, where, measure - indent)));
    doc.y += after;
  };
  const text = (value: string): Run[] => [{ text: value.replace(/\s+/g, ' ') }];
  /** Starts a new page unless `height` pt still fit on this one (headings travel with what follows). */
  const keep = (height: number) => {
    if (doc.y + height > A4.height - margins.bottom) doc.addPage();
  };

  // The first page: what this is, and that it is a summary, not the signed programme.
  doc.rect(0, 0, A4.width, 10).fill(colours.red);
  block(root, 'P', text(t('site.name')), styles.eyebrow, 'src/i18n', 0, 8);
  // The title breaks between its phrases and never inside a word (pdfkit's own wrapping broke 内|容 in Chinese);
  // 1 pt to spare, so that pdfkit, adding up the same widths word by word, does not break a line again.
  const fitsTitle = (line: string) => ts.width(line, styles.title, programmeField('name')) <= measure - 1;
  const titleRuns = titleLines(title.replace(/\s+/g, ' '), languageTags[lang], fitsTitle).flatMap((line, i): Run[] =>
    i === 0 ? [{ text: line }] : [{ text: '\n' }, { text: line }],
  );
  block(root, 'H1', titleRuns, styles.title, programmeField('name'), 0, 8);
  block(root, 'P', text(main.summary), styles.lead, programmeField('summary'), 0, 8);
  block(root, 'P', text(t('pdf.summaryNote', { site: src.urls.site.replace(/^https?:\/\/|\/$/g, '') })), { ...styles.note, bold: true }, 'src/i18n', 0, 10);
  const facts: [string, Run[]][] = [
    [t('programme.period'), text(formatPeriod(main.period))],
    [t('area.status'), text(t(`status.${main.status}`))],
    [t('pdf.publisher'), text(contact.name)],
    [t('pdf.updated'), text(formatDate(updated, lang))],
    [t('pdf.source'), [{ text: src.urls.programme, href: src.urls.programme }]],
  ];
  for (const [label, value] of facts) {
    block(root, 'P', [{ text: `${label}${t('text.labelEnd')}`, bold: true }, ...value], { ...styles.small, color: colours.ink }, `${pf}: ${label}`);
  }

  // The table of contents: its place is kept now and filled in once every section has its page.
  doc.y += 16;
  block(root, 'H2', text(t('pdf.contents')), styles.tocTitle, 'src/i18n', 0, 4);
  const toc = doc.struct('TOC');
  root.add(toc);
  const tocLeading = doc.font(ts.pieces([{ text: 'A' }], styles.toc, '')[0]!.face).fontSize(styles.toc.size).currentLineHeight() + 4;
  const tocTop = doc.y;
  const tocEntries: { label: string; dest: string; page: number; indent: number; bold: boolean }[] = [];
  doc.y += (3 + src.areas.length) * tocLeading;

  /** A numbered section: heading, bookmark, destination for the contents. */
  const section = (heading: string, level: 'H2' | 'H3', style: TextStyle, where: string, outline: PDFKit.PDFOutline, keepWith = 60) => {
    doc.y += level === 'H2' ? 22 : 14;
    keep(style.size * 1.5 + keepWith);
    const dest = `section-${tocEntries.length + 1}`;
    doc.addNamedDestination(dest, 'XYZ', 0, doc.y, null as unknown as number);
    const bookmark = (outline.addItem as (title: string, options: object) => PDFKit.PDFOutline)(heading, {
      // pdfkit counts the destination's left from the right edge and its top from the bottom.
      top: doc.y,
      left: A4.width,
      expanded: true,
    });
    tocEntries.push({ label: heading, dest, page: pageIndex(), indent: level === 'H2' ? 0 : 14, bold: level === 'H2' });
    block(root, level, text(heading), style, where, 0, 6);
    return bookmark;
  };

  section(t('pdf.purpose'), 'H2', styles.section, 'src/i18n', doc.outline);
  block(root, 'P', text(main.text), styles.body, programmeField('text'));

  section(t('programme.phases'), 'H2', styles.section, 'src/i18n', doc.outline);
  p.programmes.forEach((phase, i) => {
    const at = `${pf}: programmes[${i}]`;
    doc.y += i === 0 ? 2 : 10;
    keep(60);
    block(root, 'H3', text(phase.name), styles.phase, `${at}.name`, 0, 2);
    const meta = [`${t('programme.period')}${t('text.labelEnd')}${formatPeriod(phase.period)}`, t(`status.${phase.status}`)];
    const successor = phase.supersededBy && p.programmes.find((x) => x.id === phase.supersededBy);
    if (successor) meta.push(`${t('programme.supersededBy')}${t('text.labelEnd')}${successor.name}`);
    block(root, 'P', text(meta.join(' · ')), styles.small, at, 0, 2);
    if (phase !== main) block(root, 'P', text(phase.text), styles.body, `${at}.text`);
  });

  const areasMark = section(t('pdf.areas'), 'H2', styles.section, 'src/i18n', doc.outline);
  src.areas.forEach((area, i) => {
    const a = area.data;
    section(`${i + 1}. ${a.title}`, 'H3', styles.area, `${area.file}: title`, areasMark, 80);
    const meta = [`${t('area.sector')}${t('text.labelEnd')}${t(`sector.${a.sector}`)}`];
    if (a.period) meta.push(`${t('area.period')}${t('text.labelEnd')}${formatPeriod(a.period)}`);
    if (a.status) meta.push(`${t('area.status')}${t('text.labelEnd')}${t(`status.${a.status}`)}`);
    block(root, 'P', text(meta.join(' · ')), styles.small, area.file);
    if (a.partners?.length) block(root, 'P', text(`${t('area.partners')}${t('text.labelEnd')}${a.partners.join('; ')}`), styles.small, `${area.file}: partners`);
    doc.y += 6;
    block(root, 'P', text(a.summary), styles.summary, `${area.file}: summary`, 0, 6);
    let blocks: Block[];
    try {
      blocks = markdownBlocks(area.body);
    } catch (e) {
      if (e instanceof UnshowableMarkdown) throw new Error(`${area.file}: the PDF of the work programme cannot show ${e.message}`);
      throw e;
    }
    setBlocks(root, blocks, area.file, 0);
  });

  // Contact: the address as the contact page gives it, in Latin letters and in Chinese.
  const cf = src.contact.file;
  const address = contact.address;
  const lines = address ? [address.street, address.district, [address.postcode, address.city].filter(Boolean).join(' '), address.country].filter((x): x is string => !!x) : [];
  section(t('pdf.contact'), 'H2', styles.section, 'src/i18n', doc.outline, 200);
  block(root, 'P', [{ text: contact.name, bold: true }, ...lines.flatMap((line) => [{ text: '\n' }, { text: line }])], styles.body, `${cf}: address`, 0, 8);
  // A label may hold a name in another language (zh: Globale Vagtcenter): each such part keeps its language tag.
  const textParts = useTextParts(lang);
  const labelRuns = (key: MarkableKey): Run[] =>
    textParts(key).map((part) => (typeof part === 'string' ? { text: part, bold: true } : { text: part.text, bold: true, lang: languageTags[part.lang] }));
  const contactFacts: [string | Run[], Run[]][] = [];
  if (address?.chinese) contactFacts.push([t('contact.addressChinese'), [{ text: address.chinese, lang: chineseAddressLang }]]);
  contactFacts.push(
    [t('contact.phone'), [{ text: contact.phone.display, href: `tel:${contact.phone.dial}` }]],
    [t('contact.email'), [{ text: contact.email, href: `mailto:${contact.email}` }]],
  );
  if (contact.emergencyPhone) contactFacts.push([labelRuns('contact.emergency'), [{ text: contact.emergencyPhone.display, href: `tel:${contact.emergencyPhone.dial}` }]]);
  contactFacts.push([t('pdf.web'), [{ text: src.urls.contact, href: src.urls.contact }]]);
  for (const [label, value] of contactFacts) {
    const labelled = typeof label === 'string' ? [{ text: label, bold: true }] : label;
    block(root, 'P', [...labelled, { text: '\n' }, ...value], styles.body, cf, 0, 4);
  }

  // Now that every section has its page: the table of contents, each line a link to its section.
  const last = pageIndex();
  doc.switchToPage(0);
  tocEntries.forEach((entry, i) => {
    const y = tocTop + i * tocLeading;
    const style = { ...styles.toc, bold: entry.bold };
    const number = String(entry.page + 1);
    const link: StructElement = doc.struct('Link', {}, () => {
      ts.line(entry.label, margins.left + entry.indent, y, style, 'src/i18n');
      // The annotation belongs to the Link element (an OBJR), with a description, as PDF/UA asks.
      doc.goTo(margins.left, y, measure, tocLeading - 2, entry.dest, { structParent: link, Contents: new String(`${entry.label} ${number}`) } as never);
    });
    // The page number is a part of its own, so that it is read as a word apart from the title.
    const page = doc.struct('Reference', {}, () => ts.line(number, margins.left, y, style, 'src/i18n', { width: measure, align: 'right' }));
    toc.add(doc.struct('TOCI', {}, [link, page]));
  });
  toc.end();

  // Running footers on every page, marked as pagination artifacts: not part of the text a reader follows.
  for (let i = 0; i <= last; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' } as never);
    const y = A4.height - margins.bottom + 14;
    doc.moveTo(margins.left, y).lineTo(A4.width - margins.right, y).lineWidth(0.5).strokeColor(colours.line).stroke();
    ts.line(title, margins.left, y + 6, styles.footer, programmeField('name'));
    ts.line(t('pdf.pageOf', { n: i + 1, total: last + 1 }), margins.left, y + 6, styles.footer, 'src/i18n', { width: measure, align: 'right' });
    doc.endMarkedContent();
  }

  root.end();
  doc.end();
  await ended;
  return { bytes: new Uint8Array(Buffer.concat(chunks)), pages: last + 1, title };

  /** Headings, paragraphs, lists (L, LI, Lbl, LBody), tables, figures, quotations and code of an area's text. */
  function setBlocks(parent: StructElement, blocks: Block[], where: string, indent: number): void {
    const width = measure - indent;
    for (const b of blocks) {
      doc.x = margins.left + indent;
      if (b.kind === 'heading') {
        doc.y += 8;
        keep(50);
        // The area is an H3 of the document; its own ## headings come one level below, at most H6.
        const level = Math.min(6, b.level + 2);
        block(parent, `H${level}`, withAddresses(b.runs), styles.h[Math.min(2, Math.max(0, b.level - 2))]!, where, indent, 2);
      } else if (b.kind === 'paragraph') {
        block(parent, 'P', withAddresses(b.runs), styles.body, where, indent, 7);
      } else if (b.kind === 'figure') {
        const picture = svgPicture(where, b.src, width, A4.height - margins.top - margins.bottom);
        if (picture) {
          // The picture, with its text alternative as /Alt and its box (PDF/UA-1 7.3), as the page shows it.
          keep(picture.height);
          const [x, y] = [margins.left + indent, doc.y];
          const bbox = [x, y, x + picture.width, y + picture.height];
          parent.add(doc.struct('Figure', { alt: b.alt, bbox } as never, () => doc.image(picture.png, x, y, { width: picture.width, height: picture.height })));
          doc.x = x;
          doc.y = y + picture.height;
        } else {
          // A picture pdfkit cannot draw is named by its text alternative, in the text.
          parent.add(
            doc.struct('Figure', { alt: b.alt }, ts.inline([{ text: `${t('pdf.image')}${t('text.labelEnd')}${b.alt}`, italic: true }], styles.body, where, width)),
          );
        }
        doc.y += 7;
      } else if (b.kind === 'quote') {
        const quote = doc.struct('BlockQuote');
        parent.add(quote);
        setBlocks(quote, b.blocks, where, indent + 16);
        quote.end();
      } else if (b.kind === 'code') {
        block(parent, 'Code', text(b.text), styles.body, where, indent, 7);
      } else if (b.kind === 'table') {
        setTable(parent, b, where, indent);
      } else {
        const list = doc.struct('L');
        parent.add(list);
        b.items.forEach((item, n) => {
          const marker = b.ordered ? `${b.start + n}.` : '\u2022';
          // The marker stands beside the item's first line: both go to the next page when that line does not fit.
          const first = item[0];
          doc.x = margins.left + indent + 16;
          ts.keepLine(first && 'runs' in first ? withAddresses(first.runs) : text(marker), styles.body, where);
          const li = doc.struct('LI');
          list.add(li);
          const top = doc.y;
          li.add(doc.struct('Lbl', {}, () => ts.line(marker, margins.left + indent + 3, top, { ...styles.body, color: colours.redDark }, where)));
          doc.y = top;
          const body = doc.struct('LBody');
          li.add(body);
          setBlocks(body, item, where, indent + 16);
          body.end();
          li.end();
          doc.y -= 5;
        });
        list.end();
        doc.y += 7;
      }
    }
  }

  /**
   * A GFM table: Table, TR, TH (the header row, each with /Scope /Column, PDF/UA-1 7.5) and TD, in columns of equal
   * width; each cell's text set like a paragraph's (links with their annotations, each character in a face that has
   * it). Not pdfkit's table(): its TH cells name themselves in /Headers. A row that does not fit starts a new page;
   * the cells' rules are artifacts.
   */
  function setTable(parent: StructElement, b: Extract<Block, { kind: 'table' }>, where: string, indent: number): void {
    const columns = Math.max(b.header.length, ...b.rows.map((row) => row.length));
    const left = margins.left + indent;
    const column = (measure - indent) / columns;
    const pad = 3;
    const table = doc.struct('Table');
    parent.add(table);
    [b.header, ...b.rows].forEach((row, r) => {
      const header = r === 0;
      const style = { ...styles.small, color: colours.ink, bold: header };
      const cells = Array.from({ length: columns }, (_, c) => withAddresses(row[c] ?? []));
      const height = Math.max(...cells.map((runs) => ts.height(runs, style, where, column - 2 * pad))) + 2 * pad;
      if (doc.y + height > A4.height - margins.bottom) doc.addPage();
      const top = doc.y;
      let bottom = top + height;
      const tr = doc.struct('TR');
      table.add(tr);
      cells.forEach((runs, c) => {
        doc.x = left + c * column + pad;
        doc.y = top + pad;
        tr.add(doc.struct(header ? 'TH' : 'TD', header ? headerCell : {}, ts.inline(runs, style, where, column - 2 * pad)));
        bottom = Math.max(bottom, doc.y + pad);
      });
      tr.end();
      doc.markContent('Artifact', { type: 'Layout' } as never);
      for (let c = 0; c < columns; c++) doc.rect(left + c * column, top, column, bottom - top);
      doc.lineWidth(0.5).strokeColor(colours.soft).stroke();
      doc.endMarkedContent();
      doc.y = bottom;
    });
    table.end();
    doc.x = margins.left;
    doc.y += 7;
  }

  /** On paper a link is only useful with its address: it follows the linked text once, unless the text is the address. */
  function withAddresses(runs: Run[]): Run[] {
    return runs.flatMap((run, i) => {
      const { href, ...style } = run;
      const shown = run.image ? t('text.aside', { text: `${t('pdf.image')}${t('text.labelEnd')}${run.text}` }).trimStart() : run.text;
      // Links lead to absolute addresses: a PDF has no site to be relative to; a link within a page leads nowhere.
      const address = href === undefined ? undefined : absolute(href, src.urls.site);
      const out: Run[] = [{ ...style, text: shown, ...(address && { href: address }) }];
      if (address && runs[i + 1]?.href !== href) {
        const linked = runs.filter((r) => r.href === href).map((r) => r.text).join('');
        if (plain(address) !== plain(linked)) out.push({ text: t('text.aside', { text: plain(address) }), href: address });
      }
      return out;
    });
  }
}

const plain = (address: string) => address.replace(/^(mailto|tel):/, '');

function absolute(href: string, site: string): string | undefined {
  if (href.startsWith('#')) return undefined;
  try {
    return new URL(href, site).href;
  } catch {
    return undefined;
  }
}
