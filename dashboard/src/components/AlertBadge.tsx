import type { AlertLevel } from '../api/types';
import { t, tEnum } from '../i18n';

/** The alert level in colour and in words (never colour alone). */
export function AlertBadge({ level }: { level: AlertLevel }) {
  return (
    <span class={`alert-badge alert-${level}`} data-alert={level} title={t('alert.title')}>
      <span class="alert-dot" aria-hidden="true" />
      <span class="visually-hidden">{t('alert.title')}: </span>
      {tEnum('alert', level)}
    </span>
  );
}
