import { isLocale, locales, type Locale } from '../i18n/locales';

/** Entry ids are "<locale>/<file id>", e.g. "da/renewable-energy". */
export function splitEntryId(entryId: string): { lang: Locale; fileId: string } {
  const [lang, ...rest] = entryId.split('/');
  if (!isLocale(lang) || rest.length === 0) {
    throw new Error(`Content file "${entryId}" must sit in a language folder: ${locales.map((l) => `${l}/`).join(', ')}`);
  }
  return { lang, fileId: rest.join('/') };
}
