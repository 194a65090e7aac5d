import { dictionaries } from '../../src/i18n';
import { partsOf } from '../../src/i18n/marked';
import { locales, type Locale } from '../../src/i18n/locales';

/**
 * Every part of a UI string that its dictionary marks as written in another language (src/i18n/marked.ts):
 * `inLocale` is the dictionary's locale (the pages and the PDF it appears in), `lang` the part's own language.
 */
export const foreignParts: { inLocale: Locale; lang: Locale; text: string }[] = locales.flatMap((inLocale) =>
  Object.values(dictionaries[inLocale]).flatMap((value) =>
    partsOf(value).flatMap((part) => (typeof part === 'string' ? [] : [{ inLocale, ...part }])),
  ),
);
