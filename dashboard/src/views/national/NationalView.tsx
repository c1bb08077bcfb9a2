import { useMemo } from 'preact/hooks';
import { nationalFeed } from '../../live/feeds';
import { useFeed } from '../../live/useFeed';
import { LoadState } from '../../components/LoadState';
import { Panel } from '../../components/Panel';
import { formatDateTime, t } from '../../i18n';
import { ArrivalsChart } from './ArrivalsChart';
import { useNationalHourly } from './hourly';
import { PointCard } from './PointCard';
import { bySeverity } from './severity';
import { Totals } from './Totals';

/** The coordinator's board: every point, surges first, the country's totals and the last 24 hours. */
export function NationalView() {
  const spec = useMemo(() => nationalFeed(), []);
  const feed = useFeed(spec);
  const hourly = useNationalHourly(feed.data);
  if (!feed.data) return <LoadState error={feed.error} />;
  const points = [...feed.data.points].sort(bySeverity);
  const inAlert = points.filter((p) => p.alertLevel === 'surge' || p.alertLevel === 'critical');

  return (
    <div class="view national-view" data-view="national">
      <div class="view-head">
        <h1>{t('national.title')}</h1>
        {feed.data.asOf && <p class="muted small">{t('common.asOf', { time: formatDateTime(feed.data.asOf, null) })}</p>}
      </div>
      <Totals totals={feed.data.totals} surgeCount={inAlert.length} points={feed.data.points} />
      {inAlert.length > 0 && (
        <p class="alert-summary" role="alert" data-testid="alert-summary">
          {t('national.alertSummary', { count: inAlert.length })} <span translate={false}>{inAlert.map((p) => p.name).join(', ')}</span>
        </p>
      )}
      <Panel id="points" title={t('national.points')}>
        <ul class="point-grid">
          {points.map((p) => <PointCard key={p.code} point={p} />)}
        </ul>
      </Panel>
      <Panel id="arrivals-chart" title={t('chart.title')}>
        {hourly ? <ArrivalsChart buckets={hourly} zone={null} /> : <p class="loading">{t('common.loading')}</p>}
      </Panel>
    </div>
  );
}
