// The period picker's arithmetic on calendar dates (YYYY-MM-DD). The API reads `from` and `to` as each point's
// local dates, so no time zone enters here: a date is a label, shifted by whole days, weeks, months or years.

export type PeriodKind = 'day' | 'week' | 'month' | 'year' | 'custom';
export const PERIOD_KINDS: readonly PeriodKind[] = ['day', 'week', 'month', 'year', 'custom'];
export type Interval = 'day' | 'week' | 'month';
export const INTERVALS: readonly Interval[] = ['day', 'week', 'month'];

export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
}

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);

export const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(toDate(value).getTime());

/** Today's date where the user is (a point's staff are at the point). */
export function today(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return toIso(local);
}

export function addDays(iso: string, days: number): string {
  const date = toDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** The day, week (Monday to Sunday), month or year that contains `anchor`; a custom period keeps `custom`. */
export function periodOf(kind: PeriodKind, anchor: string, custom?: { from: string; to: string }): Period {
  const date = toDate(anchor);
  switch (kind) {
    case 'day':
      return { kind, from: anchor, to: anchor };
    case 'week': {
      const monday = addDays(anchor, -((date.getUTCDay() + 6) % 7));
      return { kind, from: monday, to: addDays(monday, 6) };
    }
    case 'month': {
      const first = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
      const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
      return { kind, from: toIso(first), to: toIso(last) };
    }
    case 'year':
      return { kind, from: `${date.getUTCFullYear()}-01-01`, to: `${date.getUTCFullYear()}-12-31` };
    case 'custom':
      return { kind, from: custom?.from ?? anchor, to: custom?.to ?? anchor };
  }
}

/** The period before (-1) or after (+1) this one, of the same kind; a custom range moves by its own length. */
export function shift(period: Period, step: -1 | 1): Period {
  const date = toDate(period.from);
  switch (period.kind) {
    case 'day':
      return periodOf('day', addDays(period.from, step));
    case 'week':
      return periodOf('week', addDays(period.from, 7 * step));
    case 'month':
      return periodOf('month', toIso(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + step, 1))));
    case 'year':
      return periodOf('year', `${date.getUTCFullYear() + step}-01-01`);
    case 'custom': {
      const days = dayCount(period);
      return { kind: 'custom', from: addDays(period.from, step * days), to: addDays(period.to, step * days) };
    }
  }
}

/** How many calendar days the period spans, both ends included. */
export function dayCount(period: { from: string; to: string }): number {
  return Math.round((toDate(period.to).getTime() - toDate(period.from).getTime()) / 86_400_000) + 1;
}

/** The time series' step that gives a readable number of points for the period. */
export function defaultInterval(period: Period): Interval {
  const days = dayCount(period);
  return days > 186 ? 'month' : days > 62 ? 'week' : 'day';
}
