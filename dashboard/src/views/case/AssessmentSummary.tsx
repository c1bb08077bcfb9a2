import type { ComponentChildren } from 'preact';
import type { Assessment } from '../../api/types';
import { formatDateTime, formatNumber, t, tEnum, type TimeZoneId } from '../../i18n';

/** The recorded needs assessment. */
export function AssessmentSummary({ a, zone }: { a: Assessment; zone: TimeZoneId | null }) {
  const list = (group: string, values: string[]) => (values.length ? values.map((v) => tEnum(group, v)).join(', ') : '—');
  const rows: [string, ComponentChildren][] = [
    [t('assessment.educationLevel'), tEnum('education', a.educationLevel)],
    [t('assessment.occupation'), <span translate={false}>{a.occupation ?? '—'}</span>],
    [t('assessment.skills'), <span translate={false}>{a.skills.length ? a.skills.join(', ') : '—'}</span>],
    [t('assessment.yearsAbroad'), formatNumber(a.yearsAbroad)],
    [t('assessment.englishLevel'), tEnum('english', a.englishLevel)],
    [t('assessment.documentsHeld'), list('document', a.documentsHeld)],
    [t('assessment.destination'), <span translate={false}>{[a.destinationMunicipality, a.destinationState].filter(Boolean).join(', ')}</span>],
    [t('assessment.needs'), list('category', a.needs)],
    [t('assessment.immediateNeeds'), <span translate={false}>{a.immediateNeeds ?? '—'}</span>],
    [t('case.recorded'), <>{formatDateTime(a.recordedAt, zone)} · <span translate={false}>{a.recordedBy ?? ''}</span></>],
  ];
  return (
    <dl class="record">
      {rows.map(([label, value]) => <div key={label}><dt>{label}</dt><dd>{value}</dd></div>)}
    </dl>
  );
}
