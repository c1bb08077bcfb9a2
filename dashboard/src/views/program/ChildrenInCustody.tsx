import type { ChildInCustody } from '../../api/custody';
import { CustodyClock } from '../../components/CustodyClock';
import { Link } from '../../components/Link';
import { t, tEnum } from '../../i18n';
import { paths } from '../../router';

/** The children in the program's custody: overdue first, then longest in custody; each with its clock and next step. */
export function ChildrenInCustody({ children, targetHours }: { children: readonly ChildInCustody[]; targetHours: number }) {
  if (children.length === 0) return <p class="muted" data-testid="custody-list-empty">{t('custody.listEmpty')}</p>;
  const rows = [...children].sort((a, b) => Number(b.overdue) - Number(a.overdue) || b.elapsedHours - a.elapsedHours);
  return (
    <div class="table-wrap">
      <table class="custody-list" data-testid="custody-list">
        <thead>
          <tr>
            <th scope="col">{t('queue.case')}</th>
            <th scope="col">{t('program.point')}</th>
            <th scope="col">{t('custody.status')}</th>
            <th scope="col">{t('custody.elapsed')}</th>
            <th scope="col">{t('custody.nextStep')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.caseId} data-case={c.caseId} data-overdue={c.overdue ? 'true' : 'false'} data-status={c.status ?? ''} class={c.overdue ? 'custody-row-overdue' : ''}>
              <th scope="row">
                <Link href={paths.case(c.caseId)}>
                  <span class="code" translate={false}>{c.caseId}</span>
                </Link>
              </th>
              <td><span class="code" translate={false}>{c.pointCode}</span></td>
              <td data-testid="custody-row-status">{tEnum('custodyStatus', c.status ?? 'awaitingReception')}</td>
              <td><CustodyClock compact elapsedHours={c.elapsedHours} targetHours={targetHours} overdue={c.overdue} stopped={false} /></td>
              <td data-testid="custody-row-next">{c.nextStep ? tEnum('custodyStep', c.nextStep) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
