import { defaultLocale, locales, type Locale } from '../i18n/locales.ts';

/**
 * The site's 404 pages. Every one helps in every language, each language's part marked with its own lang
 * (WCAG 3.1.2); they differ only in which language comes first and is the page's own (<html lang>):
 * - dist/404.html puts the default language (Danish, the x-default) first. It answers every missing address
 *   outside a language folder, and every missing address on hosts that allow one 404 page only (those that
 *   read dist/_headers).
 * - each other language has its own, at "/<lang>/404/" (Astro writes en/404/index.html), which the shipped
 *   nginx configuration (src/server/nginx.conf) and the preview server (src/server/site-files.ts) send, with
 *   status 404, for a missing address under "/<lang>/": a visitor who came from /en/… reads English first.
 */

/** The languages with a 404 page of their own under their folder: all but the default. */
export const ownNotFoundLocales: readonly Locale[] = locales.filter((lang) => lang !== defaultLocale);

/** The URL path of the 404 page that puts `lang` first: "/404.html" for the default language, "/en/404/". */
export function notFoundPath(lang: Locale): string {
  return lang === defaultLocale ? '/404.html' : `/${lang}/404/`;
}

/** The file of dist/ that answers notFoundPath(lang): "404.html", "en/404/index.html". */
export function notFoundFile(lang: Locale): string {
  return lang === defaultLocale ? '404.html' : `${lang}/404/index.html`;
}

/** The language whose 404 page answers a missing URL path: the language folder it lies in, else the default. */
export function notFoundLocaleFor(urlPath: string): Locale {
  return ownNotFoundLocales.find((lang) => urlPath.startsWith(`/${lang}/`)) ?? defaultLocale;
}
