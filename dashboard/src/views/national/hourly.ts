import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api/client';
import type { NationalPicture, PointDetail } from '../../api/types';

// The 24-hour chart's data: arrivals per hour (actual) and people announced by notices
// (expected), from 18 hours ago to 6 hours ahead, summed over every point from each point's detail,
// re-read at most every REFRESH_MS while the board is open.

export interface HourBucket {
  start: Date;
  actual: number | null;
  expected: number;
}

const HOUR = 3_600_000;
const PAST_HOURS = 18;
const FUTURE_HOURS = 6;
const REFRESH_MS = 20_000;

export function hourWindow(now: number): Date[] {
  const current = Math.floor(now / HOUR) * HOUR;
  return Array.from({ length: PAST_HOURS + FUTURE_HOURS }, (_, i) => new Date(current + (i - PAST_HOURS + 1) * HOUR));
}

export function bucketize(details: PointDetail[], now: number): HourBucket[] {
  const hours = hourWindow(now);
  const index = new Map(hours.map((h, i) => [h.getTime(), i]));
  const buckets: HourBucket[] = hours.map((start) => ({ start, actual: start.getTime() <= now ? 0 : null, expected: 0 }));
  for (const detail of details) {
    for (const h of detail.hourly ?? []) {
      const i = index.get(Math.floor(Date.parse(h.hourStart) / HOUR) * HOUR);
      if (i !== undefined && buckets[i].actual !== null) buckets[i].actual! += h.arrivals;
    }
    for (const n of detail.notices ?? []) {
      const i = index.get(Math.floor(Date.parse(n.expectedAt) / HOUR) * HOUR);
      if (i !== undefined) buckets[i].expected += n.headcount;
    }
  }
  return buckets;
}

export function useNationalHourly(picture: NationalPicture | null): HourBucket[] | null {
  const [buckets, setBuckets] = useState<HourBucket[] | null>(null);
  const lastLoad = useRef(0);
  const codes = picture?.points.map((p) => p.code).join(',') ?? '';
  const arrivals = picture?.totals.arrivedToday ?? -1;

  useEffect(() => {
    if (!picture) return;
    const wait = Math.max(0, lastLoad.current + REFRESH_MS - Date.now());
    let cancelled = false;
    const timer = setTimeout(async () => {
      lastLoad.current = Date.now();
      const details = await Promise.all(picture.points.map((p) => api.point(p.code).catch(() => null)));
      if (!cancelled) setBuckets(bucketize(details.filter((d): d is PointDetail => d !== null), Date.now()));
    }, wait);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [codes, arrivals]);

  return buckets;
}
