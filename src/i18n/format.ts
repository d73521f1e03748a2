import { getLocale, type Locale } from './locale';

const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A date and time in the language on view, one format throughout: "29 Nov 2026, 14:05" / "29.11.2026, 14:05". */
export function formatDateTime(value: string | Date): string {
  const locale = getLocale();
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormats.set(locale, format);
  }
  return format.format(typeof value === 'string' ? new Date(value) : value);
}

/** A count in the language on view, grouped from five digits on as both languages write them: "1000", "10,000" / "10.000". */
export function formatNumber(value: number): string {
  const locale = getLocale();
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: 'min2' });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
