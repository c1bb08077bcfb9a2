import type { ProgramQueueItem } from '../../api/types';
import { Link } from '../../components/Link';
import { PriorityBadges } from '../../components/PriorityBadges';
import { byUrgency, useSecondsSinceReceived } from '../../components/urgency';
import { formatDuration, t, tEnum } from '../../i18n';
import { paths } from '../../router';
import { ReferralActions } from './ReferralActions';

/** Referred cases: urgent first, then by score, then longest waiting. */
export function ProgramQueue({ programId, queue, canAct, version, onDone }: { programId: string; queue: ProgramQueueItem[]; canAct: boolean; version: number; onDone: () => void }) {
  const elapsed = useSecondsSinceReceived(version);
  const rows = [...queue].sort(byUrgency);
  if (rows.length === 0) return <p class="muted">{t('program.empty')}</p>;
  return (
    <div class="table-wrap">
      <table class="program-queue">
        <thead>
          <tr>
            <th scope="col">{t('queue.case')}</th>
            <th scope="col">{t('program.status')}</th>
            <th scope="col">{t('queue.priority')}</th>
            <th scope="col">{t('program.point')}</th>
            <th scope="col">{t('queue.waiting')}</th>
            {canAct && <th scope="col">{t('program.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.referralId} data-referral={r.referralId} data-case={r.caseId} data-status={r.status}>
              <th scope="row">
                <Link href={paths.case(r.caseId)}><span class="code" translate={false}>{r.caseId}</span></Link>
                {r.automatic && <span class="muted small"> · {t('program.automatic')}</span>}
              </th>
              <td><span class={`status status-${r.status}`}>{tEnum('referralStatus', r.status)}</span></td>
              <td><PriorityBadges priority={r.priority} flags={r.flags} /></td>
              <td><span class="code" translate={false}>{r.pointCode ?? '—'}</span></td>
              <td>{formatDuration(r.waitingSeconds + elapsed)}</td>
              {canAct && <td><ReferralActions programId={programId} item={r} onDone={onDone} /></td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
