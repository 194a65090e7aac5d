import type { ForeignPart, MarkedText } from './dictionary';
import type { Locale } from './locales';

/** A part in another language, for a `marked` string: inLang('da', 'Globale Vagtcenter'). */
export function inLang(lang: Locale, text: string): ForeignPart {
  return { lang, text };
}

/**
 * A UI string with parts in other languages: marked`全球值班中心（${inLang('da', 'Globale Vagtcenter')}）`.
 * Only inLang() parts may be put in the ${…}, so every part inside names its language.
 */
export function marked(strings: TemplateStringsArray, ...foreign: ForeignPart[]): MarkedText {
  const parts: (string | ForeignPart)[] = [];
  strings.forEach((text, i) => {
    if (text !== '') parts.push(text);
    if (i < foreign.length) parts.push(foreign[i]!);
  });
  return { parts };
}

/** The parts of a UI string in order: plain strings in the string's own language, ForeignPart for the others. */
export function partsOf(value: string | MarkedText): readonly (string | ForeignPart)[] {
  return typeof value === 'string' ? [value] : value.parts;
}

/** A UI string as plain text, its parts joined without their language marks: what t() returns. */
export function plainText(value: string | MarkedText): string {
  return partsOf(value)
    .map((part) => (typeof part === 'string' ? part : part.text))
    .join('');
}
