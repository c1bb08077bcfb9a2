import type { ComponentChildren } from 'preact';
import type { ReturneeView } from '../../api/types';
import { Link } from '../../components/Link';
import { PriorityBadges } from '../../components/PriorityBadges';
import { formatDate, formatDateTime, formatNumber, t, tEnum } from '../../i18n';
import { paths } from '../../router';

/** The person's record as the API shows it to this user. */
export function CaseRecord({ c }: { c: ReturneeView }) {
  const rows: [string, ComponentChildren][] = [
    [t('case.certificate'), <span translate={false}>{c.certificateNumber ?? '—'}</span>],
    [t('case.stage'), <span data-testid="case-stage">{tEnum('stage', c.stage)}</span>],
    [t('queue.priority'), <PriorityBadges priority={c.priority} flags={c.flags} showNormal />],
    [t('program.point'), <span class="code" translate={false}>{c.pointCode}</span>],
    [t('queue.arrived'), <span data-testid="case-arrived">{formatDateTime(c.arrivedAt, c.timeZone ?? null)}</span>],
    [t('arrival.sex'), c.sex ? tEnum('sex', c.sex) : '—'],
    [t('arrival.dateOfBirth'), formatDate(c.dateOfBirth)],
    [t('arrival.estimatedAge'), c.estimatedAge == null ? '—' : formatNumber(c.estimatedAge)],
    [t('arrival.curp'), <span translate={false}>{c.curp ?? '—'}</span>],
    [t('person.id'), <span translate={false} data-testid="person-id">{c.personId ?? '—'}</span>],
    [t('arrival.transport'), c.transport ? tEnum('transport', c.transport) : '—'],
    [t('arrival.notice'), <span translate={false}>{c.noticeId ?? '—'}</span>],
    [t('arrival.accompanyingCaseId'), c.accompanyingCaseId ? <Link href={paths.case(c.accompanyingCaseId)}><span translate={false}>{c.accompanyingCaseId}</span></Link> : '—'],
    [t('arrival.relationship'), c.relationship ? tEnum('relationship', c.relationship) : '—'],
    [t('arrival.familyGroupId'), c.familyGroupId ? <span class="badge family-badge" translate={false} data-testid="family-group">{c.familyGroupId}</span> : '—'],
    [t('case.consent'), c.consentToShare ? t('common.yes') : t('common.no')],
    [t('case.privacyNotice'), <span data-testid="privacy-notice">{c.privacyNoticeGiven == null ? '—' : c.privacyNoticeGiven ? t('common.yes') : t('common.no')}</span>],
  ];
  return (
    <dl class="record">
      {rows.map(([label, value]) => (
        <div key={label}><dt>{label}</dt><dd>{value}</dd></div>
      ))}
    </dl>
  );
}
