import { describe, expect, test } from 'vitest';
import { languageTagMessage } from '../../src/schemas/language-tag.ts';

/**
 * lang="…" in a page's text (WCAG 2.1 SC 3.1.2, Language of Parts). The expectations come from BCP 47 (RFC 5646)
 * and the IANA language subtag registry: "cn" and "dk" are no language subtags (they are ISO 3166 country
 * codes); "zh", "da", "en" are (ISO 639-1), "yue" is Cantonese (ISO 639-3), "Hans" a script, "CN" a region.
 */
describe('a lang attribute', () => {
  const accepted = ['zh-Hans', 'zh', 'da', 'en', 'en-GB', 'zh-Hant-TW', 'yue', 'ZH-hans', 'da-DK'];
  test.each(accepted)('%s, a well-formed tag of a known language, is accepted', (tag) => {
    expect(languageTagMessage('lang', tag)).toBeUndefined();
  });

  const refused: [string, string][] = [
    ['cn', '("cn" is the code of the country China, not of a language)'],
    ['dk', '("dk" is the code of the country Denmark, not of a language)'],
    ['kinesisk', '("kinesisk" is the language\'s name, not its code)'],
    ['Chinese', '("Chinese" is the language\'s name, not its code)'],
    ['zh_CN', '(the parts of a tag are joined by "-", not "_")'],
    ['xx', 'which is not a language tag browsers and screen readers know'],
    ['und', 'which is not a language tag browsers and screen readers know'],
    ['', 'has lang="" with no language'],
  ];
  test.each(refused)('%j is refused, saying why', (tag, why) => {
    expect(languageTagMessage('lang', tag)).toContain(why);
  });

  test("every refusal offers the site's own tags, and the likely one where it can tell", () => {
    for (const [tag] of refused) expect(languageTagMessage('lang', tag)).toContain('da (Danish), en (English), zh-Hans (Chinese)');
    expect(languageTagMessage('lang', 'cn')).toMatch(/; here probably lang="zh-Hans"$/);
    expect(languageTagMessage('lang', 'kinesisk')).toMatch(/; here probably lang="zh-Hans"$/);
    expect(languageTagMessage('lang', 'dansk')).toMatch(/; here probably lang="da"$/);
    expect(languageTagMessage('hreflang', 'zh_CN')).toMatch(/^has hreflang="zh_CN".*; here probably hreflang="zh-CN"$/);
  });
});
