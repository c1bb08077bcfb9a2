import type { ProgramQueueItem, ReferralStatus } from '../../api/types';
import { Link } from '../../components/Link';
import { PriorityBadges } from '../../components/PriorityBadges';
import { byUrgency, useSecondsSinceReceived } from '../../components/urgency';
import { formatDuration, formatNumber, formatTime, t, tEnum, type MessageKey } from '../../i18n';
import { paths } from '../../router';
import { ReferralActions, type Decision } from './ReferralActions';
import { useFocusAfterDecision } from './useFocusAfterDecision';
import type { ProviderWork } from './useReferralEnds';

/** The provider's two lists: referrals to accept or decline, and people the program is caring for. */
const SECTIONS: { status: ReferralStatus; title: MessageKey; empty: MessageKey }[] = [
  { status: 'pending', title: 'program.pending', empty: 'program.emptyPending' },
  { status: 'accepted', title: 'program.acceptedNow', empty: 'program.emptyAccepted' },
];

/** Referred cases, pending and in care apart: urgent first, then by score, then longest waiting. */
export function ProgramQueue({ programId, queue, canAct, version, work, onDecided }: {
  programId: string; queue: ProgramQueueItem[]; canAct: boolean; version: number; work: ProviderWork; onDecided: (item: ProgramQueueItem, decision: Decision) => void;
}) {
  const elapsed = useSecondsSinceReceived(version);
  const focus = useFocusAfterDecision(queue);
  const eventsFor = (r: ProgramQueueItem, index: number) => ({
    onBegin: () => work.mine.add(r.referralId),
    onFailed: () => work.mine.delete(r.referralId),
    onDecided: (decision: Decision) => {
      focus.decided(r.referralId, r.status, index);
      onDecided(r, decision);
    },
    onDraft: (text: string) => (text.trim() ? work.drafts.set(r.referralId, text) : work.drafts.delete(r.referralId)),
  });
  return (
    <div class="program-queue-sections" ref={focus.root}>
      {SECTIONS.map(({ status, title, empty }) => {
        const rows = queue.filter((r) => r.status === status).sort(byUrgency);
        const id = `program-queue-${status}`;
        return (
          <section key={status} aria-labelledby={id} data-status-section={status}>
            <h3 id={id} tabIndex={-1}>{t(title)} <span class="count">({formatNumber(rows.length)})</span></h3>
            {rows.length === 0 ? <p class="muted small">{t(empty)}</p> : (
              <ul class="referral-cards">
                {rows.map((r, index) => (
                  <li key={r.referralId} class={`referral-card priority-row-${r.priority}`} data-referral={r.referralId} data-case={r.caseId} data-status={r.status}>
                    <div class="referral-who">
                      <Link href={paths.case(r.caseId)}>
                        {r.givenNames
                          ? <span translate={false} data-testid="referral-name">{r.givenNames} {r.surnames}</span>
                          : <span class="code" translate={false}>{r.caseId}</span>}
                      </Link>
                      {r.ageAtArrival != null && <span class="muted"> · {t('program.age', { age: r.ageAtArrival })}</span>}
                      {r.givenNames && <span class="muted small"> · <span class="code" translate={false}>{r.caseId}</span></span>}
                      {r.automatic && <span class="muted small"> · {t('program.automatic')}</span>}
                    </div>
                    <div class="referral-facts">
                      <PriorityBadges priority={r.priority} flags={r.flags} />
                      <span class="muted small">{t('program.point')}: <span class="code" translate={false}>{r.pointCode ?? '—'}</span></span>
                      <span class="muted small">{t('queue.waiting')}: {formatDuration(r.waitingSeconds + elapsed)}</span>
                      <span class="muted small" data-testid="referral-created">{t('case.created')}: {formatTime(r.createdAt, r.timeZone ?? null)}</span>
                      <span class="visually-hidden">{t('program.status')}: {tEnum('referralStatus', r.status)}</span>
                    </div>
                    {canAct && <ReferralActions programId={programId} item={r} events={eventsFor(r, index)} />}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
