import type { Locale } from '../i18n/locales';

/**
 * URL segments of the sections that are not named by an entry's own slug, readable in Latin letters in every
 * language: Danish without æ ø å, English, and Chinese in Hanyu Pinyin without tone marks, one hyphen between
 * words (gongzuo-fangan = 工作方案, sousuo = 搜索), the scheme every Chinese slug in content/ follows too.
 */
export const sectionSegments = {
  programme: { da: 'arbejdsprogram', en: 'work-programme', zh: 'gongzuo-fangan' },
  search: { da: 'soeg', en: 'search', zh: 'sousuo' },
} as const satisfies Record<string, Record<Locale, string>>;

/** Kinds of page; each has one view component in src/views/. */
export const pageKinds = ['home', 'partnership', 'programme', 'area', 'contact', 'page', 'search'] as const;
export type PageKind = (typeof pageKinds)[number];

/** What is needed to know a page's URL. */
export interface PageAddress {
  kind: PageKind;
  lang: Locale;
  /** The entry's localised slug, for kinds that come from a content entry. */
  slug?: string;
}

/** The site-relative path of a page, always with a trailing slash: "/da/arbejdsprogram/vedvarende-energi/". */
export function pathFor({ kind, lang, slug }: PageAddress): string {
  switch (kind) {
    case 'home':
      return `/${lang}/`;
    case 'programme':
    case 'search':
      return `/${lang}/${sectionSegments[kind][lang]}/`;
    case 'area':
      return `/${lang}/${sectionSegments.programme[lang]}/${requireSlug(kind, slug)}/`;
    default:
      return `/${lang}/${requireSlug(kind, slug)}/`;
  }
}

function requireSlug(kind: PageKind, slug: string | undefined): string {
  if (!slug) throw new Error(`A ${kind} page needs a slug to have a URL`);
  return slug;
}

/** The part of a path after the locale, as Astro's [...path] parameter wants it (undefined for the home page). */
export function restOfPath(path: string): string | undefined {
  const rest = path.split('/').filter(Boolean).slice(1).join('/');
  return rest === '' ? undefined : rest;
}

/** Absolute URL on the production site, for canonical and hreflang links. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
