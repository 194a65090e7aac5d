/**
 * The single list of the site's languages; astro.config, routes, schemas, the content check and the tests all
 * read it from here. Adding a language is one entry here, one dictionary in src/i18n/, its URL segments in
 * src/lib/routes.ts and its content in content/<collection>/<locale>/ (README.md, "Add a language").
 */
export const locales = ['da', 'en', 'zh'] as const;
export type Locale = (typeof locales)[number];
/** Danish is the embassy's own language, so it is the default and the x-default target. */
export const defaultLocale: Locale = 'da';

/**
 * BCP 47 language tags (RFC 5646) of each locale, for `<html lang>`, `lang` on language names, `hreflang`
 * (which takes a BCP 47 tag: Google documents "zh-Hans" as valid) and PDF /Lang. The URL keeps the short
 * locale ("/zh/"); the tag names the script, Simplified Chinese ("Hans"), that the pages are written in.
 */
export const languageTags: Record<Locale, string> = { da: 'da', en: 'en', zh: 'zh-Hans' };

/** BCP 47 tags used for Intl formatting (dates, numbers): the region fixes month names and decimal signs. */
export const localeTags: Record<Locale, string> = { da: 'da-DK', en: 'en-GB', zh: 'zh-Hans-CN' };

/**
 * The script each locale's text is written in, as a Unicode Script property value (UAX #24, the names
 * `\p{Script=…}` takes). Han is written by Chinese alone among the site's languages, so Han text on a Danish or
 * English page is Chinese (src/i18n/language-runs.ts); Latin is shared by Danish and English, so it tells nothing.
 */
export const scripts: Record<Locale, string> = { da: 'Latin', en: 'Latin', zh: 'Han' };

/** Open Graph's og:locale, which takes language_TERRITORY (ogp.me), not a BCP 47 tag. */
export const ogLocales: Record<Locale, string> = { da: 'da_DK', en: 'en_GB', zh: 'zh_CN' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The locale whose BCP 47 tag is `tag` ("zh-Hans" → "zh"), compared without regard to case; undefined if none. */
export function localeOfTag(tag: string): Locale | undefined {
  return locales.find((l) => languageTags[l].toLowerCase() === tag.toLowerCase());
}

/** Every locale but `lang`, in the list's order: the languages a page's switcher offers. */
export function otherLocales(lang: Locale): Locale[] {
  return locales.filter((l) => l !== lang);
}
