import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Session } from '../../api/session';
import type { PointSummary } from '../../api/types';
import { mayRunPoint } from '../../access';
import { AlertBadge } from '../../components/AlertBadge';
import { Gauge } from '../../components/Gauge';
import { Link } from '../../components/Link';
import { paths, queueFilterFromQuery, queueFilterQuery, replaceQuery, useQuery } from '../../router';
import { LoadState } from '../../components/LoadState';
import { Panel } from '../../components/Panel';
import { Stat } from '../../components/Stat';
import { pointFeed } from '../../live/feeds';
import { useFeed } from '../../live/useFeed';
import { formatDateTime, formatDuration, t, tEnum, localDay } from '../../i18n';
import { ArrivalForm } from './ArrivalForm';
import { CapacityForm } from './CapacityForm';
import { DeskPanel } from './DeskPanel';
import { NoticeForm } from './NoticeForm';
import { NoticesList } from './NoticesList';
import { QueueTable } from './QueueTable';
import { useDesk } from './useDesk';
import { QueueFilters } from './QueueFilters';
import { NO_FILTER, countPassing, passes, type QueueFilter } from './queueFilter';
import { QueueCounts } from './QueueCounts';

/**
 * The point manager's view: who is here by stage, capacity, notices, and the intake forms. The feed's snapshot is
 * its one read; the feed's messages carry every change it draws, the forms' own included.
 */
export function PointView({ code, session }: { code: string; session: Session }) {
  const spec = useMemo(() => pointFeed(code), [code]);
  const feed = useFeed(spec);
  const [desk, setDesk] = useDesk(code);
  const query = useQuery();
  const [filter, setFilter] = useState<QueueFilter>(() => ({ ...NO_FILTER, ...queueFilterFromQuery(query) }));
  const [focusQueue, setFocusQueue] = useState(0);
  // The address holds the stage, priority, flag and custody filters: a number opened, the back button or a bookmark
  // sets them, and narrowing them on the page rewrites the address in place.
  useEffect(() => setFilter((f) => ({ ...f, ...queueFilterFromQuery(query) })), [query]);
  const filterInUrl = queueFilterQuery(filter).toString();
  useEffect(() => {
    if (filterInUrl !== location.search.replace(/^\?/, '')) replaceQuery(new URLSearchParams(filterInUrl));
  }, [filterInUrl]);
  useEffect(() => {
    if (!focusQueue) return;
    const heading = document.getElementById('queue-title');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }, [focusQueue]);
  const openQueue = useCallback(() => setFocusQueue((n) => n + 1), []);
  const [justRegistered, setJustRegistered] = useState<string | null>(null);
  const p = feed.data;
  if (!p) return <LoadState error={feed.error} />;
  const runs = mayRunPoint(session, code);
  // Counted from the queue when the queue is whole, so the number equals the rows it opens (and follows a clock that ran
  // out while the page was open); past the queue's limit, the point's own count.
  const overdue = p.queue.length >= p.queueTotal
    ? countPassing(p.queue, { overdue: true })
    : (p as typeof p & Partial<Pick<PointSummary, 'custodyOverdue'>>).custodyOverdue;
  const upcoming = p.notices.filter((n) => Date.parse(n.expectedAt) >= Date.now() - 2 * 3_600_000);

  return (
    <div class="view point-view" data-view="point" data-point={p.code}>
      <div class="view-head">
        <h1><span translate={false}>{p.name}</span> <span class="code" translate={false}>{p.code}</span></h1>
        <AlertBadge level={p.alertLevel} reason={p.alertReason} />
        <p class="muted small"><span translate={false}>{p.city}, {p.state}</span> · {tEnum('pointKind', p.kind)}{p.asOf && <> · {t('common.asOf', { time: formatDateTime(p.asOf, p.timeZoneId) })}</>}</p>
      </div>

      <div class="point-top">
        <Panel id="occupancy" title={t('point.occupancy')}>
          <Gauge present={p.present} capacity={p.capacity.shelterBeds} projected={p.projectedOccupancy} />
          <dl class="stats compact">
            <Stat label={t('national.present')} value={p.present} testId="point-present"
              link={{ href: paths.point(p.code), label: t('numbers.openPresent', { count: p.present }), onOpen: openQueue }} />
            <Stat label={t('national.arrivedToday')} value={p.arrivedToday} testId="point-arrived"
              link={{ href: paths.arrivals(localDay(p.timeZoneId), p.code), label: t('numbers.openArrivedToday', { count: p.arrivedToday }) }} />
            <Stat label={t('national.lastHour')} value={p.arrivedLastHour} />
            <Stat label={t('national.expected6h')} value={p.expectedNext6Hours} />
            <Stat label={t('point.projected')} value={p.projectedOccupancy} />
            <Stat label={t('capacity.intakeDesks')} value={p.capacity.intakeDesks} />
            <Stat label={t('national.pendingReferrals')} value={p.pendingReferrals} />
            <Stat label={t('national.unmetNeeds')} value={p.unmetNeedsToday} />
            <Stat label={t('custody.overdueCount')} value={overdue} testId="point-custody-overdue" tone={overdue ? 'warn' : undefined}
              link={overdue === undefined ? undefined : { href: paths.point(p.code, { overdue: true }), label: t('numbers.openCustodyOverdue', { count: overdue }), onOpen: openQueue }} />
          </dl>
          {p.waits && (
            <p class="muted small">
              {t('point.waitMedian', { value: p.waits.waitingMedianSeconds != null ? formatDuration(p.waits.waitingMedianSeconds) : '—' })}
              {' · '}
              {t('point.firstServiceMedian', { value: p.waits.firstServiceMedianSeconds != null ? formatDuration(p.waits.firstServiceMedianSeconds) : '—' })}
            </p>
          )}
        </Panel>
        {runs && (
          <Panel id="register-arrival" title={t('arrival.title')} class="panel-form">
            <ArrivalForm code={p.code} zone={p.timeZoneId} notices={p.notices} onDone={(receipt) => setJustRegistered(receipt.caseId)} />
          </Panel>
        )}
      </div>

      {runs && (
        <Panel id="desk" title={t('desk.title')}>
          <DeskPanel code={p.code} intakeDesks={p.capacity.intakeDesks} desk={desk} onDesk={setDesk} />
        </Panel>
      )}

      <Panel id="queue" title={t('point.queue')}>
        <p class="muted small"><Link href={paths.pointDisplay(p.code)}>{t('display.open')}</Link></p>
        <QueueCounts code={p.code} queue={p.queue} onOpen={openQueue} />
        <QueueFilters code={p.code} queue={p.queue} filter={filter} setFilter={setFilter} shown={p.queue.filter((q) => passes(q, filter)).length} />
        <QueueTable queue={p.queue} zone={p.timeZoneId} total={p.queueTotal} desk={runs ? desk : undefined} filter={filter} highlighted={justRegistered} />
      </Panel>

      <Panel id="notices" title={t('notices.title')}>
        <NoticesList notices={upcoming} zone={p.timeZoneId} />
        {runs && (
          <details class="form-details">
            <summary>{t('notice.title')}</summary>
            <NoticeForm code={p.code} zone={p.timeZoneId} />
          </details>
        )}
      </Panel>

      {runs && (
        <Panel id="capacity" title={t('capacity.title')}>
          <CapacityForm key={`${p.capacity.shelterBeds}-${p.capacity.intakeDesks}-${p.capacity.usualDailyArrivals}`} code={p.code} capacity={p.capacity} />
        </Panel>
      )}
    </div>
  );
}
