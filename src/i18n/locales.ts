/** The single list of the site's languages; astro.config, routes and schemas all read it from here. */
export const locales = ['da', 'en'] as const;
export type Locale = (typeof locales)[number];
/** Danish is the embassy's own language, so it is the default and the x-default target. */
export const defaultLocale: Locale = 'da';

/** BCP 47 tags used for Intl formatting and og:locale. */
export const localeTags: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(lang: Locale): Locale {
  return lang === 'da' ? 'en' : 'da';
}
