import { usePrograms } from '../../api/catalog';
import type { ReferralView } from '../../api/types';
import { formatDateTime, t, tEnum } from '../../i18n';
import { referralNote } from './reasons';

/** The case's referrals with their states and when each changed. */
export function ReferralsTable({ referrals }: { referrals: ReferralView[] }) {
  const programs = usePrograms();
  if (referrals.length === 0) return <p class="muted">{t('case.noReferrals')}</p>;
  const name = (id: string) => programs.find((p) => p.id === id)?.name ?? id;
  return (
    <div class="table-wrap">
      <table data-testid="referrals">
        <thead>
          <tr>
            <th scope="col">{t('case.program')}</th>
            <th scope="col">{t('program.status')}</th>
            <th scope="col">{t('case.created')}</th>
            <th scope="col">{t('case.changed')}</th>
            <th scope="col">{t('case.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {referrals.map((r) => (
            <tr key={r.referralId} data-referral={r.referralId} data-status={r.status}>
              <th scope="row"><span translate={false}>{name(r.programId)}</span>{r.automatic && <span class="muted small"> · {t('program.automatic')}</span>}</th>
              <td><span class={`status status-${r.status}`} data-testid="referral-status">{tEnum('referralStatus', r.status)}</span></td>
              <td>{formatDateTime(r.createdAt)}{r.createdBy && <span class="muted small" translate={false}> · {r.createdBy}</span>}</td>
              <td>{formatDateTime(r.statusChangedAt)}{r.statusChangedBy && <span class="muted small" translate={false}> · {r.statusChangedBy}</span>}</td>
              <td><span translate={false}>{[referralNote(r), r.reason, r.outcome].filter(Boolean).join(' · ') || '—'}</span></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
