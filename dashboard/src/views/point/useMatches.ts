import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api/client';
import type { ArrivalRequest, PersonMatch } from '../../api/types';

const DEBOUNCE_MS = 400;

/**
 * The earlier returns that may be the person being typed, asked for 400 ms after the desk stops typing. `probe` is
 * null until there is enough to compare (names and a date of birth or an age). An answer that arrives after a newer
 * request was sent is dropped, so a slow answer never replaces a newer one.
 */
export function useMatches(code: string, probe: ArrivalRequest | null): PersonMatch[] {
  const [matches, setMatches] = useState<PersonMatch[]>([]);
  const latest = useRef(0);
  const key = probe ? JSON.stringify(probe) : '';

  useEffect(() => {
    const ticket = ++latest.current;
    if (!key) {
      setMatches([]);
      return;
    }
    const timer = setTimeout(() => {
      api.matches(code, JSON.parse(key) as ArrivalRequest).then(
        (found) => { if (ticket === latest.current) setMatches(found); },
        // A probe the API refuses (a half-typed field) keeps the last list; the form's own checks speak on submit.
        () => {},
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [code, key]);

  return matches;
}
