import type { da } from './da';
import type { Locale } from './locales';
import type { Sector, Status } from '../schemas/vocabulary';

/**
 * A part of a UI string written in another language than the string's own, such as a Danish name inside
 * Chinese text: rendered inside an element with that language's lang (WCAG 3.1.2, language of parts).
 * Made with inLang() (src/i18n/marked.ts).
 */
export interface ForeignPart {
  readonly lang: Locale;
  readonly text: string;
}

/** A UI string with parts in other languages, made with the `marked` template tag (src/i18n/marked.ts). */
export interface MarkedText {
  readonly parts: readonly (string | ForeignPart)[];
}

/**
 * The keys whose strings may hold a part in another language. Every template that shows one renders it
 * with <UiText> (src/components/global/UiText.astro), which marks the part; plain t() would drop the mark,
 * so a key joins this list only when its every use on a page goes through <UiText>.
 */
export type MarkableKey = 'contact.emergency';

/** Every locale must give every key of the Danish dictionary, and only those; markable keys may be MarkedText. */
export type UiDictionary = { readonly [K in keyof typeof da]: K extends MarkableKey ? string | MarkedText : string };
export type UiKey = keyof UiDictionary;

/** A vocabulary value without a label in the dictionary is a type error here, and so is a markable key that is not a key. */
type SectorKeysExist = `sector.${Sector}` extends UiKey ? true : never;
type StatusKeysExist = `status.${Status}` extends UiKey ? true : never;
type MarkableKeysExist = MarkableKey extends UiKey ? true : never;
export const vocabularyLabelled: [SectorKeysExist, StatusKeysExist, MarkableKeysExist] = [true, true, true];
