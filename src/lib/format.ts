import { localeTags, type Locale } from '../i18n/locales';

/** "2017-05-03" -> "3. maj 2017" / "3 May 2017"; "2008-10" -> "oktober 2008"; "2020" -> "2020". */
export function formatDate(value: string, lang: Locale): string {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const precision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
  return dateFormat(lang, precision).format(date);
}

/** Making an Intl.DateTimeFormat costs about a millisecond (ICU loads the locale's data); each is made once. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Locale, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${lang} ${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (precision !== 'year') options.month = 'long';
    if (precision === 'day') options.day = 'numeric';
    format = new Intl.DateTimeFormat(localeTags[lang], options);
    dateFormats.set(key, format);
  }
  return format;
}

/** An en dash between years, as both languages write spans: "2017–2020". */
export function formatPeriod(period: { start: number; end?: number | undefined }): string {
  return period.end === undefined ? `${period.start}–` : `${period.start}–${period.end}`;
}

/** File sizes as people read them: "62 KB", with the locale's decimal sign above 1 MB. */
export function formatBytes(bytes: number, lang: Locale): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = new Intl.NumberFormat(localeTags[lang], { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);
  return `${mb} MB`;
}
