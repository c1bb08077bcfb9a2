import { useEffect, useRef } from 'preact/hooks';
import type { Priority } from '../api/types';
import { useNow } from './useNow';
import { useLiveState } from '../live/useLiveState';
import { isStale } from './StaleNotice';

const PRIORITY_RANK: Record<Priority, number> = { urgent: 2, high: 1, normal: 0 };

/** What every queue row carries for ordering: the API's own triage. */
export interface Waiting {
  priority: Priority;
  priorityScore?: number;
  waitingSeconds: number;
}

/** Most vulnerable first (priority, then score), then longest waiting: the order the grains use. */
export function byUrgency(a: Waiting, b: Waiting): number {
  return (PRIORITY_RANK[b.priority] ?? 0) - (PRIORITY_RANK[a.priority] ?? 0)
    || (b.priorityScore ?? 0) - (a.priorityScore ?? 0)
    || b.waitingSeconds - a.waitingSeconds;
}

/**
 * Seconds since `received` (the queue, or a number that changes with it) last changed, refreshed every 10 s,
 * so that waiting times shown from a snapshot keep counting between live updates. While the live feed is lost they
 * stop at the moment it was lost: the queue may have changed since, and a count that goes on would claim otherwise.
 */
export function useSecondsSinceReceived(received: unknown): number {
  const now = useNow(10_000);
  const live = useLiveState();
  const at = useRef(Date.now());
  useEffect(() => {
    at.current = Date.now();
  }, [received]);
  const until = isStale(live.status) ? Math.min(now, live.since.getTime()) : now;
  return Math.max(0, (until - at.current) / 1000);
}
