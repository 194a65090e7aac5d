import { languageTags, locales, localeTags } from '../i18n/locales.ts';

/**
 * The rule for a `lang` (or `hreflang`) attribute in a page's text. WCAG 2.1 SC 3.1.2 (Language of Parts) asks
 * for the language of each part in another language to be determined by software; HTML's lang attribute takes a
 * BCP 47 tag (RFC 5646). A tag is accepted when Intl finds it well-formed (Intl.getCanonicalLocales) and knows
 * its language (Intl.DisplayNames, CLDR's names): "cn" (a country code) and "kinesisk" (a word) are refused.
 */

const names = (lang: string) => new Intl.DisplayNames(lang, { type: 'language', fallback: 'none' });
const english = names('en');
const regions = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });

/** The site's own tags, as offered in the messages: 'da (Danish), en (English), zh-Hans (Chinese)'. */
const siteTags = () => locales.map((l) => `${languageTags[l]} (${english.of(l) ?? l})`).join(', ');

/** The site's tag whose language is called `word` in one of the site's languages ("kinesisk", "中文" → "zh-Hans"). */
function tagNamed(word: string): string | undefined {
  const typed = word.trim().toLowerCase();
  const meant = locales.find((l) => locales.some((shownIn) => names(shownIn).of(l)?.toLowerCase() === typed));
  return meant && languageTags[meant];
}

/** The site's tag for the language it writes for the country `code` ("cn" → "zh-Hans", by localeTags' regions). */
function tagForCountry(code: string): string | undefined {
  const meant = locales.find((l) => new Intl.Locale(localeTags[l]).region === code.toUpperCase());
  return meant && languageTags[meant];
}

/** The language a well-formed tag names, when Intl knows it ("zh-Hans" → "Chinese"); undefined otherwise. */
function knownLanguage(tag: string): string | undefined {
  try {
    const { language } = new Intl.Locale(Intl.getCanonicalLocales(tag)[0]!);
    return language && language !== 'und' ? english.of(language) : undefined;
  } catch {
    // RangeError: not a well-formed tag ("zh_CN", "i-klingon").
    return undefined;
  }
}

/**
 * Why `value` cannot be the attribute `attribute` ("lang") of an element of the text, in words for the
 * message after the element's name, or undefined when it is a tag of a language Intl knows. Never throws.
 */
export function languageTagMessage(attribute: string, value: string): string | undefined {
  if (knownLanguage(value)) return undefined;
  const fix = `write the language's BCP 47 code, as the site does: ${siteTags()}`;
  if (value.trim() === '') return `has ${attribute}="" with no language: ${fix}, or remove ${attribute}=""`;
  const region = /^[a-z]{2}$/i.test(value) ? regions.of(value.toUpperCase()) : undefined;
  const named = tagNamed(value);
  const dashed = value.includes('_') && knownLanguage(value.replaceAll('_', '-')) ? value.replaceAll('_', '-') : undefined;
  const why = region
    ? ` ("${value}" is the code of the country ${region}, not of a language)`
    : named
      ? ` ("${value}" is the language's name, not its code)`
      : dashed
        ? ' (the parts of a tag are joined by "-", not "_")'
        : '';
  const meant = named ?? dashed ?? (region ? tagForCountry(value) : undefined);
  return `has ${attribute}="${value}", which is not a language tag browsers and screen readers know${why}: ${fix}${meant ? `; here probably ${attribute}="${meant}"` : ''}`;
}
