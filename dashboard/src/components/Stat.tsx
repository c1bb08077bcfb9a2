import { formatNumber } from '../i18n';

/** A labelled number. */
export function Stat({ label, value, testId, tone }: { label: string; value: number | undefined; testId?: string; tone?: 'warn' }) {
  return (
    <div class={`stat ${tone ? `stat-${tone}` : ''}`}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value === undefined ? '—' : formatNumber(value)}</dd>
    </div>
  );
}
