import type { NationalTotals } from '../../api/types';
import { Stat } from '../../components/Stat';
import { t } from '../../i18n';

/** The country's totals. */
export function Totals({ totals, surgeCount }: { totals: NationalTotals; surgeCount: number }) {
  return (
    <dl class="stats" aria-label={t('national.totals')}>
      <Stat label={t('national.arrivedToday')} value={totals.arrivedToday} testId="total-arrived" />
      <Stat label={t('national.lastHour')} value={totals.arrivedLastHour} />
      <Stat label={t('national.present')} value={totals.present} testId="total-present" />
      <Stat label={t('national.capacity')} value={totals.capacity} />
      <Stat label={t('national.pendingReferrals')} value={totals.pendingReferrals} />
      <Stat label={t('national.unmetNeeds')} value={totals.unmetNeedsToday} />
      <Stat label={t('national.pointsInAlert')} value={surgeCount} tone={surgeCount > 0 ? 'warn' : undefined} testId="points-in-alert" />
    </dl>
  );
}
