import { formatNumber, formatPercent, t } from '../i18n';

/** Present people against capacity (shelter beds) as a bar with the numbers in words. */
export function Gauge({ present, capacity, projected }: { present: number; capacity: number; projected?: number }) {
  const ratio = capacity > 0 ? present / capacity : present > 0 ? 2 : 0;
  const level = ratio >= 1 ? 'over' : ratio >= 0.8 ? 'high' : 'ok';
  const label = t('gauge.label', { present, capacity, percent: capacity > 0 ? formatPercent(ratio) : '—' });
  const projectedRatio = projected !== undefined && capacity > 0 ? Math.min(projected / capacity, 1.5) : undefined;
  return (
    <div class="gauge" role="meter" aria-valuemin={0} aria-valuemax={Math.max(capacity, 1)} aria-valuenow={present}
      aria-valuetext={label} aria-label={t('gauge.name')}>
      <div class={`gauge-track gauge-${level}`}>
        <div class="gauge-fill" style={{ width: `${Math.min(ratio, 1) * 100}%` }} />
        {projectedRatio !== undefined && projectedRatio > Math.min(ratio, 1) && (
          <div class="gauge-projected" style={{ left: `${Math.min(ratio, 1) * 100}%`, width: `${(Math.min(projectedRatio, 1) - Math.min(ratio, 1)) * 100}%` }} />
        )}
      </div>
      <div class="gauge-text" aria-hidden="true">
        <strong>{formatNumber(present)}</strong> / {formatNumber(capacity)} {t('gauge.beds')}
        {capacity > 0 && <span class="muted"> · {formatPercent(ratio)}</span>}
      </div>
    </div>
  );
}
