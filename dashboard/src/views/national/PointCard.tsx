import type { PointSummary } from '../../api/types';
import { AlertBadge } from '../../components/AlertBadge';
import { Gauge } from '../../components/Gauge';
import { Link } from '../../components/Link';
import { StatAnchor } from '../../components/Stat';
import { formatNumber, formatTime, t, tEnum, localDay } from '../../i18n';
import { paths } from '../../router';

/** One reception point on the national board. */
export function PointCard({ point }: { point: PointSummary }) {
  const id = `point-${point.code}`;
  const overdue = point.custodyOverdue ?? 0;
  return (
    <li class={`point-card alert-border-${point.alertLevel}`} data-point={point.code} data-alert={point.alertLevel} aria-labelledby={`${id}-name`}>
      <div class="point-card-head">
        <h3 id={`${id}-name`}>
          <Link href={paths.point(point.code)}>
            <span translate={false}>{point.name}</span> <span class="code" translate={false}>{point.code}</span>
          </Link>
        </h3>
        <AlertBadge level={point.alertLevel} reason={point.alertReason} />
      </div>
      <p class="muted small"><span translate={false}>{point.city}, {point.state}</span> · {tEnum('pointKind', point.kind)} · <span data-testid={`as-of-${point.code}`} data-at={point.asOf}>{t('common.asOf', { time: formatTime(point.asOf, point.timeZone ?? null) })}</span></p>
      <Gauge present={point.present} capacity={point.capacity.shelterBeds} projected={point.projectedOccupancy} />
      <dl class="mini-stats">
        <div>
          <dt>{t('national.arrivedToday')}</dt>
          <dd data-testid={`arrived-${point.code}`}>
            {point.timeZone
              ? <StatAnchor link={{ href: paths.arrivals(localDay(point.timeZone), point.code), label: t('numbers.openPointArrivedToday', { point: point.name, count: point.arrivedToday }) }}>{formatNumber(point.arrivedToday)}</StatAnchor>
              : formatNumber(point.arrivedToday)}
          </dd>
        </div>
        <div><dt>{t('national.lastHour')}</dt><dd>{formatNumber(point.arrivedLastHour ?? 0)}</dd></div>
        <div><dt>{t('national.expected6h')}</dt><dd>{formatNumber(point.expectedNext6Hours ?? 0)}</dd></div>
        <div><dt>{t('national.pendingReferrals')}</dt><dd>{formatNumber(point.pendingReferrals)}</dd></div>
        <div><dt>{t('national.unmetNeeds')}</dt><dd>{formatNumber(point.unmetNeedsToday ?? 0)}</dd></div>
        <div>
          <dt>{t('national.present')}</dt>
          <dd data-testid={`present-${point.code}`}>
            <StatAnchor link={{ href: paths.point(point.code), label: t('numbers.openPointPresent', { point: point.name, count: point.present }) }}>{formatNumber(point.present)}</StatAnchor>
          </dd>
        </div>
        <div class={overdue ? 'mini-overdue' : ''}>
          <dt>{t('custody.overdueCount')}</dt>
          <dd data-testid={`custody-overdue-${point.code}`}>
            {overdue > 0 && <span aria-hidden="true">⚠ </span>}
            <StatAnchor link={{ href: paths.point(point.code, { overdue: true }), label: t('numbers.openPointCustodyOverdue', { point: point.name, count: overdue }) }}>{formatNumber(overdue)}</StatAnchor>
          </dd>
        </div>
      </dl>
    </li>
  );
}
