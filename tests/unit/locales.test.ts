import { describe, expect, it } from 'vitest';
import { defaultLocale, isLocale, languageTags, localeOfTag, locales, otherLocales } from '../../src/i18n/locales';
import { useTextParts, useTranslations } from '../../src/i18n';
import { da } from '../../src/i18n/da';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { plainText } from '../../src/i18n/marked';
import { splitEntryId } from '../../src/lib/entries';
import { formatBytes, formatDate, formatPeriod } from '../../src/lib/format';

describe('locales', () => {
  it('are Danish first, then English and Chinese, with Danish as the default', () => {
    expect(locales).toEqual(['da', 'en', 'zh']);
    expect(defaultLocale).toBe('da');
  });

  it('recognise only the site languages', () => {
    expect(isLocale('da')).toBe(true);
    expect(isLocale('dk')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it('offer every other language, in the list\'s order', () => {
    expect(otherLocales('da')).toEqual(['en', 'zh']);
    expect(otherLocales('en')).toEqual(['da', 'zh']);
    expect(otherLocales('zh')).toEqual(['da', 'en']);
  });

  it('carry BCP 47 tags: Chinese is Simplified Chinese, zh-Hans (RFC 5646 language + ISO 15924 script)', () => {
    expect(languageTags).toEqual({ da: 'da', en: 'en', zh: 'zh-Hans' });
    expect(localeOfTag('zh-Hans')).toBe('zh');
    expect(localeOfTag('zh-hans')).toBe('zh');
    expect(localeOfTag('zh-Hant')).toBeUndefined();
    for (const tag of Object.values(languageTags)) expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
  });
});

describe('UI dictionaries', () => {
  it('have the same keys in every language, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
    expect(Object.keys(zh).sort()).toEqual(Object.keys(da).sort());
    // A separator may be a space and a comma; every other string has text.
    for (const value of [...Object.values(da), ...Object.values(en), ...Object.values(zh)].map(plainText)) expect(value.trim() || value).not.toBe('');
  });

  it('translate and fill placeholders', () => {
    expect(useTranslations('da')('pdf.pageOf', { n: 2, total: 9 })).toBe('Side 2 af 9');
    expect(useTranslations('en')('nav.contact')).toBe('Contact');
    expect(useTranslations('zh')('pdf.pageOf', { n: 2, total: 9 })).toBe('第2页，共9页');
  });

  it('keep a part in another language apart, with its language, and give it as plain text to t()', () => {
    expect(useTextParts('zh')('contact.emergency')).toEqual(['丹麦外交部全球值班中心（', { lang: 'da', text: 'Globale Vagtcenter' }, '，24小时）']);
    expect(useTranslations('zh')('contact.emergency')).toBe('丹麦外交部全球值班中心（Globale Vagtcenter，24小时）');
    expect(useTextParts('da')('contact.emergency')).toEqual(['Udenrigsministeriets Globale Vagtcenter (døgnåbent)']);
  });
});

describe('entry ids', () => {
  it('split into locale and file id', () => {
    expect(splitEntryId('da/renewable-energy')).toEqual({ lang: 'da', fileId: 'renewable-energy' });
  });

  it('refuse a file outside the language folders, naming them', () => {
    expect(() => splitEntryId('renewable-energy')).toThrow(/da\/, en\/, zh\//);
    expect(() => splitEntryId('de/renewable-energy')).toThrow(/da\/, en\/, zh\//);
    expect(splitEntryId('zh/renewable-energy')).toEqual({ lang: 'zh', fileId: 'renewable-energy' });
  });
});

describe('formatting', () => {
  it('writes dates the Danish and the English way at the precision known', () => {
    expect(formatDate('2017-05-03', 'da')).toBe('3. maj 2017');
    expect(formatDate('2017-05-03', 'en')).toBe('3 May 2017');
    expect(formatDate('2008-10', 'da')).toBe('oktober 2008');
    expect(formatDate('2008-10', 'en')).toBe('October 2008');
    expect(formatDate('2020', 'da')).toBe('2020');
  });

  it('writes dates the Chinese way: year, month and day with 年月日', () => {
    expect(formatDate('2023-08-18', 'zh')).toBe('2023年8月18日');
    expect(formatDate('2008-10', 'zh')).toBe('2008年10月');
    expect(formatDate('2020', 'zh')).toBe('2020年');
  });

  it('writes year spans with an en dash', () => {
    expect(formatPeriod({ start: 2017, end: 2020 })).toBe('2017–2020');
  });

  it('writes file sizes in KB, and MB with the local decimal sign', () => {
    expect(formatBytes(62 * 1024, 'da')).toBe('62 KB');
    expect(formatBytes(1.5 * 1024 * 1024, 'da')).toBe('1,5 MB');
    expect(formatBytes(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
    expect(formatBytes(1.5 * 1024 * 1024, 'zh')).toBe('1.5 MB');
    expect(formatBytes(62 * 1024, 'zh')).toBe('62 KB');
  });
});
