import type { CaseSearchItem } from '../../api/types';
import { birthOrAge } from '../../components/birthOrAge';
import { Link } from '../../components/Link';
import { PersonName } from '../../components/PersonName';
import { formatDateTime, t, tEnum } from '../../i18n';
import { paths } from '../../router';
import { TableScroll } from '../../components/TableScroll';

/** The cases found, newest first, each opening its case view; "more" reads the next page. */
export function SearchResults({ items, hasMore, busy, onMore }: { items: CaseSearchItem[]; hasMore: boolean; busy: boolean; onMore: () => void }) {
  if (items.length === 0) return <p class="muted" role="status" data-testid="search-empty">{t('search.none')}</p>;
  return (
    <>
      <p class="muted small" role="status">{t('search.count', { count: items.length })}</p>
      <TableScroll label={t('search.title')}>
        <table data-testid="search-results">
          <thead>
            <tr>
              <th scope="col">{t('search.person')}</th>
              <th scope="col">{t('search.birthOrAge')}</th>
              <th scope="col">{t('program.point')}</th>
              <th scope="col">{t('queue.arrived')}</th>
              <th scope="col">{t('case.stage')}</th>
              <th scope="col">{t('case.certificate')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.caseId} data-case={r.caseId} data-person={r.personId}>
                <th scope="row"><Link href={paths.case(r.caseId)}><PersonName p={r} /></Link></th>
                <td>{birthOrAge(r)}</td>
                <td><span class="code" translate={false}>{r.pointCode}</span></td>
                <td>{formatDateTime(r.arrivedAt, r.timeZone ?? null)}</td>
                <td>{tEnum('stage', r.stage)}</td>
                <td><span translate={false}>{r.certificateNumber}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {hasMore && (
        <p><button type="button" onClick={onMore} disabled={busy} data-testid="search-more">{t('search.more')}</button></p>
      )}
    </>
  );
}
