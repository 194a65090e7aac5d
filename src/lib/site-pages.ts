import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n';
import { pageKindOf } from '../schemas/collections';
import { checkIntegrity } from '../schemas/integrity';
import { formatProblems } from './content-check/report';
import { splitEntryId } from './entries';
import { pathFor, type PageKind } from './routes';

export type Area = CollectionEntry<'areas'>;
export type Partnership = CollectionEntry<'partnership'>;
export type Contact = CollectionEntry<'contact'>;
export type TextPage = CollectionEntry<'pages'>;

/** One page of the site: everything the layout and the route table need to know. */
export interface SitePage {
  kind: PageKind;
  /** Pairs the page with its twin in the other language. */
  key: string;
  lang: Locale;
  path: string;
  title: string;
  description: string;
  /** ISO date the content was last updated, for the sitemap and the page footer. */
  updated?: string;
}

export interface SiteContent {
  areas: Record<Locale, Area[]>;
  partnership: Record<Locale, Partnership>;
  contact: Record<Locale, Contact>;
  pages: Record<Locale, TextPage[]>;
  all: SitePage[];
}

/** The key that pairs an entry's page with its twin: "area:renewable-energy". */
export const keyOf = (kind: PageKind, entryId: string) => `${kind}:${splitEntryId(entryId).fileId}`;

const byLang = <T extends { id: string }>(list: T[], lang: Locale) =>
  list.filter((e) => splitEntryId(e.id).lang === lang);

function single<T extends { id: string }>(list: T[], lang: Locale, collection: string): T {
  const found = byLang(list, lang);
  if (found.length !== 1) {
    throw new Error(`content/${collection}/${lang}/ must hold exactly one file, found ${found.length}`);
  }
  return found[0]!;
}

async function load(): Promise<SiteContent> {
  const [areas, partnership, contact, pages] = await Promise.all([
    getCollection('areas'),
    getCollection('partnership'),
    getCollection('contact'),
    getCollection('pages'),
  ]);
  const teamIds = contact.flatMap((c) => (c.data.teams ?? []).map((t) => t.id));
  const problems = checkIntegrity(
    [
      ...areas.map((e) => ({ collection: 'areas', id: e.id, data: e.data })),
      ...partnership.map((e) => ({ collection: 'partnership', id: e.id, data: e.data })),
      ...contact.map((e) => ({ collection: 'contact', id: e.id, data: e.data })),
      ...pages.map((e) => ({ collection: 'pages', id: e.id, data: e.data })),
    ],
    [...new Set(teamIds)],
  );
  if (problems.length > 0) throw new Error(formatProblems(problems));

  const content = {
    areas: {} as Record<Locale, Area[]>,
    partnership: {} as Record<Locale, Partnership>,
    contact: {} as Record<Locale, Contact>,
    pages: {} as Record<Locale, TextPage[]>,
    all: [] as SitePage[],
  };
  for (const lang of locales) {
    const t = useTranslations(lang);
    content.areas[lang] = byLang(areas, lang).sort((a, b) => a.data.order - b.data.order);
    content.partnership[lang] = single(partnership, lang, 'partnership');
    content.contact[lang] = single(contact, lang, 'contact');
    content.pages[lang] = byLang(pages, lang);
    const p = content.partnership[lang].data;
    const main = p.programmes.find((x) => x.id === p.mainProgramme)!;
    const fromEntry = (kind: PageKind, e: { id: string; data: { slug: string; title: string; summary: string; updated: string } }): SitePage => ({
      kind,
      key: keyOf(kind, e.id),
      lang,
      path: pathFor({ kind, lang, slug: e.data.slug }),
      title: e.data.title,
      description: e.data.summary,
      updated: e.data.updated,
    });
    content.all.push(
      { kind: 'home', key: 'home', lang, path: pathFor({ kind: 'home', lang }), title: t('home.title'), description: p.summary, updated: p.updated },
      fromEntry(pageKindOf.partnership, content.partnership[lang]),
      { kind: 'programme', key: 'programme', lang, path: pathFor({ kind: 'programme', lang }), title: main.name, description: main.summary, updated: p.updated },
      ...content.areas[lang].map((e) => fromEntry(pageKindOf.areas, e)),
      fromEntry(pageKindOf.contact, content.contact[lang]),
      ...content.pages[lang].map((e) => fromEntry(pageKindOf.pages, e)),
      { kind: 'search', key: 'search', lang, path: pathFor({ kind: 'search', lang }), title: t('search.title'), description: t('search.summary') },
    );
  }
  return content;
}

let cached: Promise<SiteContent> | undefined;
/** All content and the table of every page, loaded and checked once per build. */
export function siteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

/** The same page in every language, this one included. */
export function alternatesOf(page: SitePage, all: SitePage[]): SitePage[] {
  return all.filter((p) => p.key === page.key);
}

/** Finds a page by its key ("area:renewable-energy") in a language; throws if it does not exist. */
export function pageByKey(all: SitePage[], key: string, lang: Locale): SitePage {
  const found = all.find((p) => p.key === key && p.lang === lang);
  if (!found) throw new Error(`No page "${key}" in ${lang}`);
  return found;
}
