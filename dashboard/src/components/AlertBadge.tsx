import type { AlertLevel, AlertReason } from '../api/types';
import { formatNumber, t, tEnum, type MessageKey } from '../i18n';

/** The alert level in colour and in words (never colour alone), and why, when the point is above normal. */
export function AlertBadge({ level, reason }: { level: AlertLevel; reason?: AlertReason | null }) {
  return (
    <>
      <span class={`alert-badge alert-${level}`} data-alert={level} title={t('alert.title')}>
        <span class="alert-dot" aria-hidden="true" />
        <span class="visually-hidden">{t('alert.title')}: </span>
        {tEnum('alert', level)}
      </span>
      {reason && level !== 'normal' && <span class="alert-reason" data-testid="alert-reason">{alertReasonText(reason)}</span>}
    </>
  );
}

/** The rule that decided the level, in the dashboard's language, with the figures it compared. */
export function alertReasonText(reason: AlertReason): string {
  const key = `alertReason.${reason.kind}` as MessageKey;
  return t(key, {
    present: reason.present,
    projected: reason.projected,
    beds: reason.beds,
    lastHour: reason.lastHour,
    times: reason.timesUsual == null ? '—' : formatNumber(Number(reason.timesUsual), { maximumFractionDigits: 1 }),
  });
}
