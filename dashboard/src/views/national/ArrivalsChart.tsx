import { formatClock, formatNumber, formatTime, formatZoneName, t, type TimeZoneId } from '../../i18n';
import type { HourBucket } from './hourly';

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 12, right: 8, bottom: 28, left: 40 };

/** Arrivals per hour (bars) beside expected arrivals from notices (outlined bars), with the same data as a table for screen readers. */
export function ArrivalsChart({ buckets, zone }: { buckets: HourBucket[]; zone: TimeZoneId | null }) {
  const max = Math.max(4, ...buckets.map((b) => Math.max(b.actual ?? 0, b.expected)));
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const slot = innerW / buckets.length;
  const bar = Math.max(2, slot / 2 - 2);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const ticks = [0, Math.round(max / 2), max];
  const nowIndex = buckets.findIndex((b) => b.actual === null);

  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="chart-caption" preserveAspectRatio="none">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} class="chart-grid" />
            <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end" class="chart-label">{formatNumber(v)}</text>
          </g>
        ))}
        {nowIndex > 0 && <line x1={PAD.left + nowIndex * slot} x2={PAD.left + nowIndex * slot} y1={PAD.top} y2={PAD.top + innerH} class="chart-now" />}
        {buckets.map((b, i) => {
          const x = PAD.left + i * slot + 1;
          return (
            <g key={b.start.getTime()}>
              {b.actual !== null && <rect x={x} y={y(b.actual)} width={bar} height={PAD.top + innerH - y(b.actual)} class="chart-actual" />}
              {b.expected > 0 && <rect x={x + bar + 1} y={y(b.expected)} width={bar} height={PAD.top + innerH - y(b.expected)} class="chart-expected" />}
              {i % 3 === 0 && <text x={x + slot / 2} y={HEIGHT - 8} text-anchor="middle" class="chart-label">{formatClock(b.start, zone)}</text>}
            </g>
          );
        })}
      </svg>
      <figcaption id="chart-caption">
        {t('chart.caption')} {t('chart.zone', { zone: formatZoneName(zone, buckets[0]?.start) })}
        <span class="legend"><span class="swatch swatch-actual" aria-hidden="true" /> {t('chart.actual')}</span>
        <span class="legend"><span class="swatch swatch-expected" aria-hidden="true" /> {t('chart.expected')}</span>
      </figcaption>
      <details class="chart-table">
        <summary>{t('chart.showTable')}</summary>
        <table>
          <caption class="visually-hidden">{t('chart.caption')}</caption>
          <thead><tr><th scope="col">{t('chart.hour')}</th><th scope="col">{t('chart.actual')}</th><th scope="col">{t('chart.expected')}</th></tr></thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.start.getTime()}>
                <th scope="row">{formatTime(b.start, zone)}</th>
                <td>{b.actual === null ? '—' : formatNumber(b.actual)}</td>
                <td>{formatNumber(b.expected)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
