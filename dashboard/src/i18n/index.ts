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

export function formatTime(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit' }).format(date);
}

export function formatDateTime(iso: string | Date | null | undefined): string {
  if (!iso) return '—';
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(date);
}

/** A calendar date in words ("14 de marzo de 1988"), for dates a person must not misread. */
export function formatDateInWords(isoDate: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long' }).format(new Date(`${isoDate}T12:00:00`));
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
