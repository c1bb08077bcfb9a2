import { useState } from 'preact/hooks';

const key = (code: string) => `reception.desk.${code}`;

/**
 * The desk (módulo) this screen works at, per point, kept in the browser: a desk's computer calls people to the
 * same desk all shift, so it is chosen once and remembered.
 */
export function useDesk(code: string): [string, (desk: string) => void] {
  const [desk, setDesk] = useState(() => localStorage.getItem(key(code)) ?? '1');
  return [desk, (next: string) => {
    localStorage.setItem(key(code), next);
    setDesk(next);
  }];
}

/** The desks a point has: 1 to its intake desks (at least one, so a point without desks configured can still call). */
export const deskNumbers = (intakeDesks: number) => Array.from({ length: Math.max(1, intakeDesks) }, (_, i) => String(i + 1));
