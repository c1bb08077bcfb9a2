import type { Notice } from '../../api/types';
import { formatDateTime, formatNumber, t, tEnum, type TimeZoneId } from '../../i18n';
import { TableScroll } from '../../components/TableScroll';

/** Advance notices: buses and flights expected, soonest first; past ones show how many arrived. */
export function NoticesList({ notices, zone }: { notices: Notice[]; zone: TimeZoneId | null }) {
  if (notices.length === 0) return <p class="muted">{t('notices.none')}</p>;
  const now = Date.now();
  const sorted = [...notices].sort((a, b) => Date.parse(a.expectedAt) - Date.parse(b.expectedAt));
  return (
    <TableScroll label={t('notices.title')}>
      <table class="notices" data-testid="notices">
        <thead>
          <tr>
            <th scope="col">{t('notices.expectedAt')}</th>
            <th scope="col">{t('notices.transport')}</th>
            <th scope="col">{t('notices.headcount')}</th>
            <th scope="col">{t('notices.minors')}</th>
            <th scope="col">{t('notices.arrived')}</th>
            <th scope="col">{t('notices.reference')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((n) => (
            <tr key={n.id} class={Date.parse(n.expectedAt) < now ? 'past' : 'upcoming'}>
              <th scope="row">{formatDateTime(n.expectedAt, zone)}</th>
              <td>{tEnum('transport', n.transport)}</td>
              <td>{formatNumber(n.headcount)}</td>
              <td>{formatNumber(n.minors)}</td>
              <td>{n.arrived === undefined ? '—' : formatNumber(n.arrived)}</td>
              <td><span class="code" translate={false}>{n.id}</span>{n.reference && <span translate={false}> · {n.reference}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
