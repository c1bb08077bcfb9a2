import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/problem';
import { live, type MessageKind, type Subscription } from './connection';

// A view's live data. A view the feed draws whole (point, program, national) takes the subscription's
// snapshot as its data, so opening it reads once, and then patches it with messages. A view the feed
// does not carry (a case) starts from the data it read over REST and re-reads it (throttled) when a
// message says something changed that concerns it.

/** What a snapshot or a message does to the view's data: a new value, and whether to read the whole again. */
export interface FeedChange<T> {
  next?: T;
  reload?: boolean;
}

export interface FeedSpec<T> {
  /** Identifies the feed; a new key starts over. */
  key: string;
  method: Subscription['method'];
  args: unknown[];
  /** The data as already read, for a view whose data is not the snapshot. */
  initial?: T;
  /** Reads the data over REST, for a view whose data is not the snapshot; without it, a re-read is a fresh snapshot. */
  load?(): Promise<T>;
  snapshot(current: T | null, raw: unknown): FeedChange<T>;
  accepts(kind: MessageKind, message: unknown): boolean;
  apply(current: T, kind: MessageKind, message: unknown): FeedChange<T>;
  /** At most one re-read per this many milliseconds (default 400). */
  reloadThrottleMs?: number;
}

export interface Feed<T> {
  data: T | null;
  error: ApiError | Error | null;
  /** Re-read now (after the view's own change). */
  reload(): void;
  /** Incremented on every change: lets a view announce updates. */
  version: number;
}

const RELOAD_THROTTLE_MS = 400;

export function useFeed<T>(spec: FeedSpec<T> | null): Feed<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [version, setVersion] = useState(0);
  const reloadRef = useRef<() => void>(() => {});
  const key = spec?.key ?? '';

  useEffect(() => {
    if (!spec) return;
    let disposed = false;
    let current: T | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let loading = false;
    let again = false;

    const set = (value: T) => {
      if (disposed) return;
      current = value;
      setData(value);
      setError(null);
      setVersion((v) => v + 1);
    };
    const fail = (e: unknown) => {
      if (!disposed && current === null) setError(e as Error);
    };

    const load = async () => {
      if (!spec.load) {
        live.resync(sub);
        return;
      }
      if (loading) {
        again = true;
        return;
      }
      loading = true;
      try {
        set(await spec.load());
      } catch (e) {
        fail(e);
      } finally {
        loading = false;
        if (again && !disposed) {
          again = false;
          scheduleReload();
        }
      }
    };

    const scheduleReload = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        void load();
      }, spec.reloadThrottleMs ?? RELOAD_THROTTLE_MS);
    };
    const change = ({ next, reload }: FeedChange<T>) => {
      if (next) set(next);
      if (reload) scheduleReload();
    };
    reloadRef.current = () => void load();

    const sub: Subscription = {
      method: spec.method,
      args: spec.args,
      accepts: spec.accepts,
      onSnapshot: (raw) => change(spec.snapshot(current, raw)),
      onMessage(kind, message) {
        if (current !== null) change(spec.apply(current, kind, message));
      },
      onError: fail,
    };

    if (spec.initial) set(spec.initial);
    const unsubscribe = live.subscribe(sub);
    return () => {
      disposed = true;
      clearTimeout(timer);
      unsubscribe();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return { data, error, reload: () => reloadRef.current(), version };
}
