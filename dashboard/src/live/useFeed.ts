import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/problem';
import { live, type MessageKind, type Subscription } from './connection';

// A view's live data: loaded over REST at once, replaced by the hub's snapshot on every
// (re)subscription, patched by messages, and re-read over REST (throttled) when a message
// says something changed that it does not carry (e.g. a point's queue).

export interface FeedSpec<T> {
  /** Identifies the feed; a new key starts over. */
  key: string;
  method: Subscription['method'];
  args: unknown[];
  load(): Promise<T>;
  fromSnapshot(raw: unknown): T | null;
  accepts(kind: MessageKind, message: unknown): boolean;
  /** The new value, and whether to re-read the whole over REST. */
  apply(current: T, kind: MessageKind, message: unknown): { next?: T; reload?: boolean };
  /** At most one REST re-read per this many milliseconds (default 400). */
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

    const load = async () => {
      if (loading) {
        again = true;
        return;
      }
      loading = true;
      try {
        set(await spec.load());
      } catch (e) {
        if (!disposed && current === null) setError(e as Error);
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
    reloadRef.current = () => void load();

    const sub: Subscription = {
      method: spec.method,
      args: spec.args,
      accepts: spec.accepts,
      onSnapshot(raw) {
        const value = spec.fromSnapshot(raw);
        if (value) set(value);
        // A snapshot of the summary alone does not hold everything a view shows: re-read it.
        scheduleReload();
      },
      onMessage(kind, message) {
        if (current === null) {
          scheduleReload();
          return;
        }
        const { next, reload } = spec.apply(current, kind, message);
        if (next) set(next);
        if (reload) scheduleReload();
      },
      onError(e) {
        if (!disposed && current === null) setError(e as Error);
      },
    };

    void load();
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
