import type { RecentReturn } from '../api/types';
import { formatDay, t } from '../i18n';
import { paths } from '../router';
import { Link } from './Link';

/** A minor or vulnerable person who came back within 30 days: said in words, with the earlier case one click away. */
export function RecentReturnBadge({ recent }: { recent: RecentReturn }) {
  return (
    <span class="badge recent-return-badge" data-testid="recent-return">
      {t('person.recentReturn', { days: recent.days })}{' '}
      (<Link href={paths.case(recent.caseId)}>{formatDay(recent.arrivedAt, recent.timeZone ?? null)} · <span translate={false}>{recent.pointCode}</span></Link>)
    </span>
  );
}
