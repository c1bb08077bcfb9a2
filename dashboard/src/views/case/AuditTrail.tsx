import { LoadState } from '../../components/LoadState';
import { formatDateTime, t, tEnum, type TimeZoneId } from '../../i18n';
import { auditAction, auditDetail } from './auditDetail';
import { useAuditTrail } from './useAuditTrail';
import { TableScroll } from '../../components/TableScroll';

/** Who read or changed the case, and when: newest first, a page at a time from the case's audit endpoint. */
export function AuditTrail({ caseId, version, zone }: { caseId: string; version: number; zone: TimeZoneId | null }) {
  const trail = useAuditTrail(caseId, version);
  if (!trail.loaded) return <LoadState error={trail.error} />;
  return (
    <TableScroll class="audit" label={t('audit.title')}>
      <table data-testid="audit">
        <thead>
          <tr>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.user')}</th>
            <th scope="col">{t('audit.role')}</th>
            <th scope="col">{t('audit.action')}</th>
          </tr>
        </thead>
        <tbody>
          {trail.entries.map((e) => {
            const detail = auditDetail(e);
            return (
              <tr key={e.sequence} data-sequence={e.sequence}>
                <td>{formatDateTime(e.at, zone)}</td>
                <td translate={false}>{e.userName}</td>
                <td>{tEnum('role', e.role.charAt(0).toLowerCase() + e.role.slice(1))}</td>
                <td>{tEnum('auditAction', auditAction(e))}{detail && <span> · {detail}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {trail.error && <LoadState error={trail.error} />}
      {trail.nextBefore !== null && (
        <p class="form-buttons">
          <button type="button" data-action="audit-older" onClick={trail.showOlder} disabled={trail.loadingOlder}>{t('audit.older')}</button>
        </p>
      )}
    </TableScroll>
  );
}
