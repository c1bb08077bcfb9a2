import type { AlertLevel, PointSummary } from '../../api/types';

const RANK: Record<AlertLevel, number> = { critical: 3, surge: 2, watch: 1, normal: 0 };

export const occupancy = (p: PointSummary) => (p.capacity.shelterBeds > 0 ? p.present / p.capacity.shelterBeds : p.present > 0 ? 2 : 0);

/** Points in surge first: by alert level, then by occupancy, then by arrivals in the last hour. */
export function bySeverity(a: PointSummary, b: PointSummary): number {
  return (RANK[b.alertLevel] ?? 0) - (RANK[a.alertLevel] ?? 0)
    || occupancy(b) - occupancy(a)
    || (b.arrivedLastHour ?? 0) - (a.arrivedLastHour ?? 0)
    || a.code.localeCompare(b.code);
}
