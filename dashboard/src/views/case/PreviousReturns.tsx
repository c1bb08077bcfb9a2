import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { usePrograms } from '../../api/catalog';
import { api } from '../../api/client';
import type { ReturnSummary } from '../../api/types';
import { Link } from '../../components/Link';
import { LoadState } from '../../components/LoadState';
import { formatDateTime, t, tEnum } from '../../i18n';
import { paths } from '../../router';
import { TableScroll } from '../../components/TableScroll';

/**
 * The person's other returns (oldest first): when and where, the stage each reached, and its referrals with their
 * outcomes as this user may see them. `actions` is given the other returns (to offer linking or unlinking).
 */
export function PreviousReturns({ caseId, personId, actions }: { caseId: string; personId: string; actions?: (others: ReturnSummary[]) => ComponentChildren }) {
  const [others, setOthers] = useState<ReturnSummary[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const programs = usePrograms();
  useEffect(() => {
    let live = true;
    setOthers(null);
    setError(null);
    api.person(personId).then(
      (timeline) => live && setOthers(timeline.cases.filter((c) => c.caseId !== caseId)),
      (e: Error) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [caseId, personId]);
  if (!others) return <LoadState error={error} />;
  const name = (id: string) => programs.find((p) => p.id === id)?.name ?? id;

  return (
    <>
      {others.length === 0 ? <p class="muted" data-testid="no-previous-returns">{t('person.noPrevious')}</p> : (
        <TableScroll label={t('person.previousReturns')}>
          <table data-testid="previous-returns">
            <thead>
              <tr>
                <th scope="col">{t('queue.arrived')}</th>
                <th scope="col">{t('program.point')}</th>
                <th scope="col">{t('person.stageReached')}</th>
                <th scope="col">{t('case.referrals')}</th>
              </tr>
            </thead>
            <tbody>
              {others.map((r) => (
                <tr key={r.caseId} data-case={r.caseId}>
                  <th scope="row"><Link href={paths.case(r.caseId)}>{formatDateTime(r.arrivedAt, r.timeZone ?? null)}</Link></th>
                  <td><span class="code" translate={false}>{r.pointCode}</span></td>
                  <td>{tEnum('stage', r.stage)}</td>
                  <td>
                    {r.referrals.length === 0 ? '—' : (
                      <ul class="plain-list">
                        {r.referrals.map((ref) => (
                          <li key={ref.referralId}>
                            <span translate={false}>{name(ref.programId)}</span>: {tEnum('referralStatus', ref.status)}
                            {ref.outcome && <span translate={false}> · {ref.outcome}</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {actions?.(others)}
    </>
  );
}
