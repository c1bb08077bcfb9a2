// A date of birth typed as day / month / year, whatever the browser's language: "14/03/1988", "14-3-1988",
// "14.03.1988", "14 03 1988" or "14031988". A browser's own date field follows its language (month first in
// many), and age decides triage, so the desk types the order it reads on documents and sees it echoed in words.

export type DayFirstDate = { iso: string; year: number; month: number; day: number } | 'invalid';

export function parseDayFirst(text: string): DayFirstDate | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const parts = /^\d{8}$/.test(trimmed)
    ? [trimmed.slice(0, 2), trimmed.slice(2, 4), trimmed.slice(4)]
    : trimmed.split(/[/.\-\s]+/);
  if (parts.length !== 3 || !/^\d{1,2}$/.test(parts[0]) || !/^\d{1,2}$/.test(parts[1]) || !/^\d{4}$/.test(parts[2])) return 'invalid';
  const [day, month, year] = parts.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return 'invalid';
  const pad = (n: number) => String(n).padStart(2, '0');
  return { iso: `${year}-${pad(month)}-${pad(day)}`, year, month, day };
}

/** Whole years between the date and today (local calendar). */
export function ageOn(date: { year: number; month: number; day: number }, today = new Date()): number {
  const birthdayPassed = today.getMonth() + 1 > date.month || (today.getMonth() + 1 === date.month && today.getDate() >= date.day);
  return today.getFullYear() - date.year - (birthdayPassed ? 0 : 1);
}

/** An ISO date ("1988-03-14") as the desk types it ("14/03/1988"); empty when there is none. */
export function toDayFirst(iso: string | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}
