import { usePrograms } from '../../api/catalog';
import type { ExitRecord, ReferralView } from '../../api/types';
import { formatDateTime, t, tEnum, type TimeZoneId } from '../../i18n';
import { referralNote } from './reasons';
import { TableScroll } from '../../components/TableScroll';

/** The case's referrals with their states and when each changed; a cancelled one says that the case's exit cancelled it. */
export function ReferralsTable({ referrals, exit, zone }: { referrals: ReferralView[]; exit?: ExitRecord | null; zone: TimeZoneId | null }) {
  const programs = usePrograms();
  if (referrals.length === 0) return <p class="muted">{t('case.noReferrals')}</p>;
  const name = (id: string) => programs.find((p) => p.id === id)?.name ?? id;
  // Older records carry an English sentence as a cancelled referral's reason; the exit says it in the reader's language.
  const why = (r: ReferralView) => (r.status === 'cancelled' && exit
    ? t(exit.stage === 'transferred' ? 'referral.cancelledTransferred' : 'referral.cancelledDeparted')
    : r.reason);
  return (
    <TableScroll label={t('case.referrals')}>
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
              <td>{formatDateTime(r.createdAt, zone)}{r.createdBy && <span class="muted small" translate={false}> · {r.createdBy}</span>}</td>
              <td>{formatDateTime(r.statusChangedAt, zone)}{r.statusChangedBy && <span class="muted small" translate={false}> · {r.statusChangedBy}</span>}</td>
              <td><span translate={false}>{[referralNote(r), why(r), r.outcome].filter(Boolean).join(' · ') || '—'}</span></td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
