import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api/client';
import type { AuditEntry } from '../../api/types';

export interface AuditTrailState {
  entries: AuditEntry[];
  /** The cursor of the next, older page; null once the first event is shown. */
  nextBefore: number | null;
  loaded: boolean;
  loadingOlder: boolean;
  error: Error | null;
  showOlder: () => void;
}

/**
 * A case's audit trail, a page at a time, newest first. The first page is read when the case opens and again when
 * its version moves (a change adds an event); older pages are added on demand. Every read is itself recorded, so
 * nothing here reads on a timer or on the live feed alone.
 */
export function useAuditTrail(caseId: string, version: number): AuditTrailState {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  // An older page that arrives after the first page was re-read (or after the case changed) is dropped.
  const generation = useRef(0);

  useEffect(() => {
    const current = ++generation.current;
    setError(null);
    setLoadingOlder(false);
    api.audit(caseId).then(
      (page) => {
        if (current !== generation.current) return;
        setEntries(page.entries);
        setNextBefore(page.nextBefore ?? null);
        setLoaded(true);
      },
      (e: Error) => current === generation.current && setError(e),
    );
  }, [caseId, version]);

  const showOlder = useCallback(() => {
    if (nextBefore === null || loadingOlder) return;
    const current = generation.current;
    setLoadingOlder(true);
    setError(null);
    api.audit(caseId, nextBefore).then(
      (page) => {
        if (current !== generation.current) return;
        setEntries((shown) => [...shown, ...page.entries]);
        setNextBefore(page.nextBefore ?? null);
        setLoadingOlder(false);
      },
      (e: Error) => {
        if (current !== generation.current) return;
        setError(e);
        setLoadingOlder(false);
      },
    );
  }, [caseId, nextBefore, loadingOlder]);

  return { entries, nextBefore, loaded, loadingOlder, error, showOlder };
}
