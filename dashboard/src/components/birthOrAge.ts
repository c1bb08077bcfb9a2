import { formatDate, formatNumber, t } from '../i18n';

/** The date of birth when known, else the estimated age ("≈ 34 años"), else a dash. */
export function birthOrAge(p: { dateOfBirth?: string | null; estimatedAge?: number | null }): string {
  if (p.dateOfBirth) return formatDate(p.dateOfBirth);
  if (p.estimatedAge != null) return t('person.estimatedAge', { age: formatNumber(p.estimatedAge) });
  return '—';
}
