import { formatDate, t, tEnum } from '../../i18n';
import { INTERVALS, PERIOD_KINDS, isIsoDate, periodOf, shift, type Interval, type Period, type PeriodKind } from './period';

/** Day, week, month, year or a custom range of the points' local dates; the arrows step to the previous or next one. */
export function PeriodPicker({ period, onChange, interval, onInterval, showInterval }: {
  period: Period;
  onChange(next: Period): void;
  interval: Interval;
  onInterval(next: Interval): void;
  showInterval: boolean;
}) {
  const setKind = (kind: PeriodKind) => onChange(periodOf(kind, period.to, { from: period.from, to: period.to }));
  const setAnchor = (value: string) => isIsoDate(value) && onChange(periodOf(period.kind, value));
  const setRange = (from: string, to: string) => isIsoDate(from) && isIsoDate(to) && from <= to && onChange({ kind: 'custom', from, to });

  return (
    <fieldset class="stats-period" data-testid="stats-period">
      <legend>{t('stats.period')}</legend>
      <div class="stats-period-fields">
        <label>
          {t('stats.periodKind')}
          <select id="stats-period-kind" value={period.kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as PeriodKind)}>
            {PERIOD_KINDS.map((kind) => <option key={kind} value={kind}>{tEnum('periodKind', kind)}</option>)}
          </select>
        </label>
        {period.kind === 'custom' ? (
          <>
            <label>
              {t('stats.from')}
              <input id="stats-from" type="date" value={period.from} max={period.to} onChange={(e) => setRange((e.currentTarget as HTMLInputElement).value, period.to)} />
            </label>
            <label>
              {t('stats.to')}
              <input id="stats-to" type="date" value={period.to} min={period.from} onChange={(e) => setRange(period.from, (e.currentTarget as HTMLInputElement).value)} />
            </label>
          </>
        ) : (
          <label>
            {t('stats.anchor')}
            <input id="stats-anchor" type="date" value={period.kind === 'day' ? period.from : period.to} onChange={(e) => setAnchor((e.currentTarget as HTMLInputElement).value)} />
          </label>
        )}
        {showInterval && <label>
          {t('stats.interval')}
          <select id="stats-interval" value={interval} onChange={(e) => onInterval((e.currentTarget as HTMLSelectElement).value as Interval)}>
            {INTERVALS.map((i) => <option key={i} value={i}>{tEnum('interval', i)}</option>)}
          </select>
        </label>}
        <div class="stats-period-step">
          <button type="button" onClick={() => onChange(shift(period, -1))} aria-label={t('stats.previous')} data-testid="stats-previous">‹</button>
          <button type="button" onClick={() => onChange(shift(period, 1))} aria-label={t('stats.next')} data-testid="stats-next">›</button>
        </div>
      </div>
      <p class="muted small" aria-live="polite" data-testid="stats-range">
        {t('stats.range', { from: formatDate(period.from), to: formatDate(period.to) })} · {t('stats.localDates')}
      </p>
    </fieldset>
  );
}
