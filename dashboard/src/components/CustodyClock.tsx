import { useSecondsSinceReceived } from './urgency';
import { formatNumber, t } from '../i18n';

/** The target for reunifying an unaccompanied child when the API gives none (DIF: usually 48–72 h). */
export const DEFAULT_TARGET_HOURS = 72;

/**
 * The reunification clock: hours in custody against the target. Overdue is said in words and with a mark, not by
 * colour alone; a stopped clock (the child reunified) says so. A running clock keeps counting between reads.
 */
export function CustodyClock({ elapsedHours, targetHours, overdue, stopped, compact = false }:
  { elapsedHours: number; targetHours?: number | null; overdue: boolean; stopped: boolean; compact?: boolean }) {
  const since = useSecondsSinceReceived(elapsedHours);
  const hours = stopped ? elapsedHours : elapsedHours + since / 3600;
  const target = targetHours ?? DEFAULT_TARGET_HOURS;
  const shown = formatNumber(Math.floor(hours));
  const late = overdue || (!stopped && hours > target);
  const text = t('custody.clockText', { elapsed: shown, target });
  const state = stopped ? t('custody.clockStopped') : late ? t('custody.overdue') : t('custody.onTime');
  return (
    <div class={`custody-clock ${late && !stopped ? 'custody-overdue' : ''} ${stopped ? 'custody-stopped' : ''}`} data-testid="custody-clock"
      data-overdue={late ? 'true' : 'false'} data-stopped={stopped ? 'true' : 'false'}>
      {!compact && (
        <div class="gauge" role="meter" aria-valuemin={0} aria-valuemax={target} aria-valuenow={Math.min(Math.floor(hours), target)}
          aria-valuetext={`${text} · ${state}`} aria-label={t('custody.clock')}>
          <div class={`gauge-track gauge-${late ? 'over' : hours >= target * 0.75 ? 'high' : 'ok'}`}><div class="gauge-fill" style={{ width: `${Math.min(hours / target, 1) * 100}%` }} /></div>
        </div>
      )}
      <p class="custody-clock-text">
        <span data-testid="custody-elapsed">{text}</span>{' '}
        <span class={`badge custody-state ${late && !stopped ? 'custody-state-overdue' : ''}`} data-testid="custody-clock-state">
          {late && !stopped && <span aria-hidden="true">⚠ </span>}
          {stopped && <span aria-hidden="true">■ </span>}
          {state}
        </span>
      </p>
    </div>
  );
}
