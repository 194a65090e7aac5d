import { describe, expect, it } from 'vitest';
import { defaultLocale, isLocale, locales, otherLocale } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n';
import { da } from '../../src/i18n/da';
import { en } from '../../src/i18n/en';
import { splitEntryId } from '../../src/lib/entries';
import { formatBytes, formatDate, formatPeriod } from '../../src/lib/format';

describe('locales', () => {
  it('are Danish first, then English, with Danish as the default', () => {
    expect(locales).toEqual(['da', 'en']);
    expect(defaultLocale).toBe('da');
  });

  it('recognise only the site languages', () => {
    expect(isLocale('da')).toBe(true);
    expect(isLocale('dk')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it('swap to the other language', () => {
    expect(otherLocale('da')).toBe('en');
    expect(otherLocale('en')).toBe('da');
  });
});

describe('UI dictionaries', () => {
  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
    for (const value of [...Object.values(da), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });

  it('translate and fill placeholders', () => {
    expect(useTranslations('da')('pdf.pageOf', { n: 2, total: 9 })).toBe('Side 2 af 9');
    expect(useTranslations('en')('nav.contact')).toBe('Contact');
  });
});

describe('entry ids', () => {
  it('split into locale and file id', () => {
    expect(splitEntryId('da/renewable-energy')).toEqual({ lang: 'da', fileId: 'renewable-energy' });
  });

  it('refuse a file outside da/ or en/', () => {
    expect(() => splitEntryId('renewable-energy')).toThrow(/da\/ or en\//);
    expect(() => splitEntryId('de/renewable-energy')).toThrow(/da\/ or en\//);
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

  it('writes year spans with an en dash', () => {
    expect(formatPeriod({ start: 2017, end: 2020 })).toBe('2017–2020');
  });

  it('writes file sizes in KB, and MB with the local decimal sign', () => {
    expect(formatBytes(62 * 1024, 'da')).toBe('62 KB');
    expect(formatBytes(1.5 * 1024 * 1024, 'da')).toBe('1,5 MB');
    expect(formatBytes(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
  });
});
