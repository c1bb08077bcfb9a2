import type { NationalTotals, PointSummary } from '../../api/types';
import { Stat, type StatLink } from '../../components/Stat';
import { t, localDay } from '../../i18n';
import { paths } from '../../router';

/**
 * The list of today's arrivals at every point, when every point is on the same local day: the total adds each point's
 * own "today", which one arrival day of the search matches only then (for the hours after a midnight that reached one
 * zone and not yet another, the cards' numbers open each point's list).
 */
function arrivalsToday(points: PointSummary[], count: number): StatLink | undefined {
  const days = new Set(points.map((p) => (p.timeZone ? localDay(p.timeZone) : null)));
  const [day] = days;
  if (days.size !== 1 || !day) return undefined;
  return { href: paths.arrivals(day), label: t('numbers.openNationalArrivedToday', { count }) };
}

/** The country's totals; today's arrivals open their list across points. */
export function Totals({ totals, surgeCount, points }: { totals: NationalTotals; surgeCount: number; points: PointSummary[] }) {
  return (
    <dl class="stats" aria-label={t('national.totals')}>
      <Stat label={t('national.arrivedToday')} value={totals.arrivedToday} testId="total-arrived" link={arrivalsToday(points, totals.arrivedToday)} />
      <Stat label={t('national.lastHour')} value={totals.arrivedLastHour} />
      <Stat label={t('national.present')} value={totals.present} testId="total-present" />
      <Stat label={t('national.capacity')} value={totals.capacity} />
      <Stat label={t('national.pendingReferrals')} value={totals.pendingReferrals} />
      <Stat label={t('national.unmetNeeds')} value={totals.unmetNeedsToday} />
      <Stat label={t('national.pointsInAlert')} value={surgeCount} tone={surgeCount > 0 ? 'warn' : undefined} testId="points-in-alert" />
    </dl>
  );
}
