import { da } from './da';
import { en } from './en';
import { zh } from './zh';
import type { ForeignPart, MarkableKey, UiDictionary, UiKey } from './dictionary';
import { partsOf, plainText } from './marked';
import { locales, type Locale } from './locales';

/** Every locale's UI dictionary (src/i18n/<locale>.ts), the one place a new language's dictionary is added. */
export const dictionaries: Record<Locale, UiDictionary> = { da, en, zh };

/** Types catch a missing key in the editor; this catches it in a plain build too. */
function assertComplete(): void {
  const expected = Object.keys(da).sort().join('\n');
  for (const lang of locales) {
    const actual = Object.keys(dictionaries[lang]).sort().join('\n');
    if (actual !== expected) {
      const missing = Object.keys(da).filter((k) => !(k in dictionaries[lang]));
      const extra = Object.keys(dictionaries[lang]).filter((k) => !(k in da));
      throw new Error(
        `src/i18n/${lang}.ts does not match src/i18n/da.ts: missing [${missing.join(', ')}], unknown [${extra.join(', ')}]`,
      );
    }
  }
}
assertComplete();

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

const fill = (text: string, vars?: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));

/**
 * The UI-string lookup for one language; {name} placeholders are filled from vars. A markable key's parts in
 * other languages come back as plain text: pages show those keys with <UiText>, which marks them.
 */
export function useTranslations(lang: Locale): Translate {
  const dict = dictionaries[lang];
  return (key, vars) => fill(plainText(dict[key]), vars);
}

/**
 * The parts of a markable key's string in one language (src/i18n/dictionary.ts): strings in that language,
 * with {name} placeholders filled from vars, and ForeignPart for each part in another language.
 */
export function useTextParts(lang: Locale) {
  const dict = dictionaries[lang];
  return (key: MarkableKey, vars?: Record<string, string | number>): (string | ForeignPart)[] =>
    partsOf(dict[key]).map((part) => (typeof part === 'string' ? fill(part, vars) : part));
}
