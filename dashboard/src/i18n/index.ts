import { TZDate } from '@date-fns/tz';
import es from './es.json';
import en from './en.json';

// Spanish first, English one click away. Every label comes from a dictionary (es.json, en.json,
// same keys: tests/i18n.test.mjs checks them); numbers and dates go through Intl in the locale.

export type Lang = 'es' | 'en';
export type MessageKey = keyof typeof es;

const dictionaries: Record<Lang, Record<string, string>> = { es, en };
const KEY = 'reception.lang';
const listeners = new Set<() => void>();

let lang: Lang = (() => {
  try {
    const saved = localStorage.getItem(KEY);
    return saved === 'en' || saved === 'es' ? saved : 'es';
  } catch {
    return 'es';
  }
})();

export function getLang(): Lang {
  return lang;
}

export function setLang(next: Lang): void {
  lang = next;
  try {
    localStorage.setItem(KEY, next);
  } catch {
    /* private mode: the choice lasts for this page */
  }
  document.documentElement.lang = next;
  listeners.forEach((l) => l());
}

export function onLangChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The translation of `key`, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  let text = dictionaries[lang][key] ?? dictionaries.es[key] ?? key;
  if (params) {
    for (const [name, value] of Object.entries(params)) {
      const shown = typeof value === 'number' ? formatNumber(value) : value;
      text = text.split(`{${name}}`).join(shown);
    }
  }
  return text;
}

/** An enum value's label, e.g. tEnum('stage', 'arrived'); the raw value when the dictionary lacks it. */
export function tEnum(group: string, value: string): string {
  const key = `${group}.${value}`;
  return dictionaries[lang][key] ?? dictionaries.es[key] ?? value;
}

/** The user's locale for the chosen language: the browser's own region when it speaks it, else Mexico / US. */
export function locale(): string {
  const browser = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : [];
  return browser.find((l) => l.toLowerCase().startsWith(lang)) ?? (lang === 'es' ? 'es-MX' : 'en-US');
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale(), options).format(value);
}

/** "a, b y c" / "a, b, and c". */
export function formatList(items: string[]): string {
  return new Intl.ListFormat(locale(), { type: 'conjunction' }).format(items);
}

export function formatPercent(ratio: number): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/**
 * An IANA time zone id ("America/Tijuana"): the zone of the point a moment belongs to, as the API gives it
 * (`timeZone`, `timeZoneId`). Null for a moment that belongs to no point (or whose point's zone is not known):
 * it is shown in the browser's zone, still named.
 */
export type TimeZoneId = string;

// Every moment shown to a person goes through here: in its point's clock, with the zone's short name
// ("9:33 p.m. GMT-8", "9:33 PM PST"), so the same arrival reads the same in Tijuana and in Mexico City.
function momentFormat(zone: TimeZoneId | null, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const zoned: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZoneName: 'short', ...options };
  try {
    return new Intl.DateTimeFormat(locale(), { ...zoned, timeZone: zone ?? undefined });
  } catch {
    return new Intl.DateTimeFormat(locale(), zoned); // a zone this browser does not know: its own clock, still named
  }
}

function toDate(iso: string | Date | null | undefined): Date | null {
  if (!iso) return null;
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A moment's clock time in `zone` with the zone's name: "9:33 p.m. GMT-8". */
export function formatTime(iso: string | Date | null | undefined, zone: TimeZoneId | null): string {
  const date = toDate(iso);
  return date ? momentFormat(zone, {}).format(date) : '—';
}

/** A moment's clock time in `zone` without the zone's name: for a series (a chart's axis) whose zone is named once beside it. */
export function formatClock(iso: string | Date, zone: TimeZoneId | null): string {
  const date = toDate(iso);
  return date ? momentFormat(zone, { timeZoneName: undefined }).format(date) : '—';
}

/** The short name of `zone` at a moment ("GMT-8", "PST"): the name the moments above print beside their clock. */
export function formatZoneName(zone: TimeZoneId | null, at: Date = new Date()): string {
  return momentFormat(zone, {}).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? zone ?? '';
}

/** A moment's date and clock time in `zone` with the zone's name: "29 nov 2026, 9:33 p.m. GMT-8". */
export function formatDateTime(iso: string | Date | null | undefined, zone: TimeZoneId | null): string {
  const date = toDate(iso);
  return date ? momentFormat(zone, { day: 'numeric', month: 'short', year: 'numeric' }).format(date) : '—';
}

/**
 * The moment a wall-clock time typed in a form names ("2026-12-01T10:00", an `<input type="datetime-local">`) when
 * read in `zone`'s clock, as ISO; null when it is not such a time. The inverse of the formatters above, so a time is
 * typed in the same clock it is shown in.
 */
export function parseWallTime(local: string, zone: TimeZoneId | null): string | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!parts) return null;
  const [year, month, day, hour, minute] = parts.slice(1).map(Number);
  const at = zone ? new TZDate(year, month - 1, day, hour, minute, zone) : new Date(year, month - 1, day, hour, minute);
  return Number.isNaN(at.getTime()) ? null : new Date(at.getTime()).toISOString();
}

/** Today's date (YYYY-MM-DD) in a time zone: the local day a point's "arrived today" counts. */
export function localDay(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The day a moment fell on in `zone` (its point's calendar, not the browser's). */
export function formatDay(iso: string | null | undefined, zone: TimeZoneId | null): string {
  const date = toDate(iso);
  if (!date) return '—';
  try {
    return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: zone ?? undefined }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(date);
  }
}

/** A calendar date ("1988-03-14", e.g. a date of birth): not a moment, so no zone shifts it. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));
}

/** A calendar date in words ("14 de marzo de 1988"), for dates a person must not misread. */
export function formatDateInWords(isoDate: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** A waiting time in words: "3 h 12 min", "45 min", "20 s" (units through Intl where supported). */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const unit = (value: number, u: 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(locale(), { style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
  if (s < 60) return unit(s, 'second');
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  return `${unit(hours, 'hour')} ${unit(minutes % 60, 'minute')}`;
}

document.documentElement.lang = lang;
