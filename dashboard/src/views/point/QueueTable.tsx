import { STAGES_PRESENT, type QueueEntry } from '../../api/types';
import { DeskActions } from './DeskActions';
import { NO_FILTER, passes, type QueueFilter } from './queueFilter';
import { Link } from '../../components/Link';
import { PriorityBadges } from '../../components/PriorityBadges';
import { byUrgency, useSecondsSinceReceived } from '../../components/urgency';
import { useNow } from '../../components/useNow';
import { isOverdue } from '../../api/custody';
import { formatDuration, formatNumber, formatTime, t, tEnum, type TimeZoneId } from '../../i18n';
import { paths } from '../../router';

const STAGES = STAGES_PRESENT;
/** The family group the person arrived with (issue #14), beside the name so the desk sees who travels together. */
const familyOf = (q: QueueEntry) => q.familyGroupId ?? null;
/** An unaccompanied child's custody status, and "overdue" in words when its reunification clock has run out. */
function CustodyBadge({ q, now }: { q: QueueEntry; now: number }) {
  const { custody } = q;
  if (!custody) return null;
  // Overdue as the API said, or since: the clock ran out while the page was open.
  const overdue = isOverdue(q, now);
  return (
    <span class={`badge ${overdue ? 'custody-state-overdue' : ''}`} data-testid="queue-custody" data-overdue={overdue ? 'true' : 'false'}>
      {overdue && <span aria-hidden="true">⚠ </span>}
      {tEnum('custodyStatus', custody)}
      {overdue && <> · {t('custody.overdue')}</>}
    </span>
  );
}
/** A cell's column name, shown only where the queue is laid out as cards (the table's headers say it elsewhere). */
function CardLabel({ text }: { text: string }) {
  return <span class="card-label" aria-hidden="true">{text}</span>;
}
/**
 * The people present, one table per stage (cards on a phone), with waiting times that keep counting. Given the screen's `desk`, the
 * people waiting for the interview can be called to it by name or sent back to the queue.
 */
export function QueueTable({ queue, zone, total, desk, filter = NO_FILTER, highlighted }: { queue: QueueEntry[]; zone: TimeZoneId | null; total?: number; desk?: string; filter?: QueueFilter; highlighted?: string | null }) {
  // The queue is replaced only when it changed: its waiting times count from when it came.
  const elapsed = useSecondsSinceReceived(queue);
  const now = useNow(60_000);

  return (
    <div class="queue">
      {total !== undefined && total > queue.length && <p class="muted">{t('point.queueTruncated', { shown: queue.length, total })}</p>}
      {STAGES.map((stage) => {
        if (filter.stage && filter.stage !== stage) return null;
        const rows = queue.filter((q) => q.stage === stage && passes(q, filter)).sort(byUrgency);
        const id = `queue-${stage}`;
        return (
          <section key={stage} class="queue-stage" aria-labelledby={id} data-stage={stage}>
            <h3 id={id}>{tEnum('stage', stage)} <span class="count">({formatNumber(rows.length)})</span></h3>
            {rows.length === 0 ? <p class="muted small">{t('point.nobody')}</p> : (
              <div class="table-wrap">
                <table class="queue-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('queue.case')}</th>
                      <th scope="col">{t('queue.waiting')}</th>
                      <th scope="col">{t('queue.priority')}</th>
                      <th scope="col">{t('queue.arrived')}</th>
                      <th scope="col">{t('queue.pendingReferrals')}</th>
                      {desk && stage === 'arrived' && <th scope="col">{t('desk.actions')}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((q) => (
                      <tr key={q.caseId} id={`queue-row-${q.caseId}`} tabIndex={-1} data-case={q.caseId}
                        class={`priority-row-${q.priority}${q.caseId === highlighted ? ' just-registered' : ''}`} data-just-registered={q.caseId === highlighted ? 'true' : undefined}>
                        <th scope="row">
                          <Link href={paths.case(q.caseId)}>
                            <span class="code" translate={false}>{q.caseId}</span>
                            {q.givenNames && <span translate={false}> · {q.givenNames} {q.surnames}</span>}
                          </Link>
                          {q.desk && <span class="badge desk-badge" data-testid="queue-desk">{t('desk.atDesk', { desk: q.desk })}</span>}
                          <CustodyBadge q={q} now={now} />
                          {familyOf(q) && (
                            <span class="badge family-badge" data-testid="queue-family" title={t('queue.familyGroupTitle')}>
                              {t('queue.familyGroup')} <span translate={false}>{familyOf(q)}</span>
                            </span>
                          )}
                        </th>
                        <td><CardLabel text={t('queue.waiting')} />{formatDuration(q.waitingSeconds + elapsed)}</td>
                        <td><CardLabel text={t('queue.priority')} /><PriorityBadges priority={q.priority} flags={q.flags} /></td>
                        <td><CardLabel text={t('queue.arrived')} />{formatTime(q.arrivedAt, zone)}</td>
                        <td><CardLabel text={t('queue.pendingReferrals')} />{formatNumber(q.pendingReferrals ?? 0)}</td>
                        {desk && stage === 'arrived' && <td class="queue-actions"><DeskActions entry={q} desk={desk} /></td>}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
