import type { AuditEntry } from '../../api/types';
import { formatDateTime, t, tEnum } from '../../i18n';
import { auditAction, auditDetail } from './auditDetail';

/** Who read or changed the case, and when (newest first). */
export function AuditTrail({ entries }: { entries: AuditEntry[] }) {
  const sorted = [...entries].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <div class="table-wrap audit">
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
          {sorted.map((e, i) => {
            const detail = auditDetail(e);
            return (
              <tr key={i}>
                <td>{formatDateTime(e.at)}</td>
                <td translate={false}>{e.userName}</td>
                <td>{tEnum('role', e.role.charAt(0).toLowerCase() + e.role.slice(1))}</td>
                <td>{tEnum('auditAction', auditAction(e))}{detail && <span> · {detail}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
