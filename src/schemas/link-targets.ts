import { isLocale, type Locale } from '../i18n/locales.ts';
import { pathFor, type PageKind } from '../lib/routes.ts';
import { isId } from './shared.ts';
import { closest } from './suggest.ts';

/**
 * What the link rule (body-rules.ts) may say about an address that is no known page: whether it may be the page
 * of a file whose address cannot be known yet, and which page of the same language it was probably meant to be.
 */

/** A page the site will have, or needs, whose address is unknown: its file's settings failed, or the file is missing. */
export interface UnaddressedPage {
  kind: PageKind;
  lang: Locale;
}

/**
 * Whether `path` ("/da/kontakt/") has the shape of the address of one of the `unaddressed` pages: its kind's
 * address in its language with some slug. Such a link is not reported as broken: the file's own problem (its
 * settings, or its absence) is, once, and the link is judged again once that is fixed.
 */
export function mayBeUnaddressed(path: string, unaddressed: readonly UnaddressedPage[]): boolean {
  const slug = path.split('/').filter(Boolean).at(-1);
  return isId(slug) && unaddressed.some(({ kind, lang }) => pathFor({ kind, lang, slug }) === path);
}

/**
 * The page `path` was probably meant to be, among `paths` of one language only: the language the link is
 * written in ("/en/…"), or else `lang`, the linking file's. A suggestion never changes a link's language: the
 * nearest address in another language ("/en/contact/" for "/da/kontakt/") is another page to the reader.
 * Undefined when no page of that language is near enough to be a slip (suggest.ts, closest).
 */
export function nearestPage(path: string, paths: Iterable<string>, lang: string | undefined): string | undefined {
  const first = path.split('/')[1];
  const language = isLocale(first) ? first : lang;
  if (language === undefined) return undefined;
  return closest(path, [...paths].filter((p) => p.startsWith(`/${language}/`)));
}
