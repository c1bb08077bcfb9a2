import { SEXES } from '../../api/types';
import { formatDate, formatNumber, locale, t, tEnum } from '../../i18n';
import { MEXICO_MAP, type ChartOption } from './echarts';
import type { Interval } from './period';
import type { TableModel } from './table';
import { AGE_GROUPS, type Bulletin, type Flows } from './types';

// Each report as a table (what the page lists and the downloads contain) and a chart drawn from that same table.

const INTERVAL_COLUMN = { day: 'stats.col.day', week: 'stats.col.week', month: 'stats.col.month' } as const;
const PALETTE = ['#0b5d4b', '#b35c00', '#1a56db', '#7a3e9d', '#4f5b56'];
const AXIS = { axisLabel: { color: '#4f5b56' }, axisLine: { lineStyle: { color: '#4f5b56' } } };
const TOOLTIP = { renderMode: 'richText' as const, confine: true };
const ARIA = { enabled: true, label: { enabled: false }, decal: { show: true } };

const bucketLabel = (start: string, interval: Interval) =>
  interval === 'month' ? new Intl.DateTimeFormat(locale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${start.slice(0, 10)}T00:00:00Z`)) : formatDate(start.slice(0, 10));

export function flowsTable(flows: Flows, stem: string): TableModel {
  const interval = flows.interval;
  return {
    file: `${t('stats.file.flows')}_${stem}`,
    caption: t('stats.flowsCaption', { interval: tEnum('interval', interval) }),
    columns: [t(INTERVAL_COLUMN[interval]), t('stats.col.events'), t('stats.col.people')],
    rows: flows.buckets.map((b) => [bucketLabel(b.start, interval), b.events, b.people]),
    totals: [t('stats.total'), sum(flows.buckets.map((b) => b.events)), sum(flows.buckets.map((b) => b.people))],
  };
}

export function flowsChart(table: TableModel): ChartOption {
  return {
    color: PALETTE,
    aria: ARIA,
    tooltip: { ...TOOLTIP, trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: table.rows.map((r) => String(r[0])), ...AXIS },
    yAxis: { type: 'value', minInterval: 1, ...AXIS },
    series: [
      { type: 'line', name: table.columns[1], data: table.rows.map((r) => r[1] as number), symbolSize: 6 },
      { type: 'line', name: table.columns[2], data: table.rows.map((r) => r[2] as number), symbolSize: 6, lineStyle: { type: 'dashed' } },
    ],
  };
}

/** Events by sex (rows) and age group (columns): the bulletin's adults and minors. */
export function sexAgeTable(bulletin: Bulletin, stem: string): TableModel {
  const count = (sex: string, age: string) => sum(bulletin.rows.filter((r) => r.sex === sex && r.ageGroup === age).map((r) => r.events));
  const sexes = [...SEXES, ...new Set(bulletin.rows.map((r) => r.sex).filter((s) => !(SEXES as readonly string[]).includes(s)))];
  const rows = sexes
    .map((sex) => [tEnum('sex', sex), ...AGE_GROUPS.map((age) => count(sex, age))])
    .map((row) => [...row, sum(row.slice(1) as number[])])
    .filter((row) => (row[row.length - 1] as number) > 0);
  return {
    file: `${t('stats.file.sexAge')}_${stem}`,
    caption: t('stats.sexAgeCaption'),
    columns: [t('stats.col.sex'), ...AGE_GROUPS.map((age) => tEnum('ageGroup', age)), t('stats.total')],
    rows,
    totals: [t('stats.total'), ...AGE_GROUPS.map((_, i) => sum(rows.map((r) => r[i + 1] as number))), sum(rows.map((r) => r[AGE_GROUPS.length + 1] as number))],
  };
}

export function sexAgeChart(table: TableModel): ChartOption {
  return {
    color: PALETTE,
    aria: ARIA,
    tooltip: { ...TOOLTIP, trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: table.rows.map((r) => String(r[0])), ...AXIS },
    yAxis: { type: 'value', minInterval: 1, ...AXIS },
    series: AGE_GROUPS.map((_, i) => ({
      type: 'bar' as const, name: table.columns[i + 1], stack: 'ageGroups', data: table.rows.map((r) => r[i + 1] as number), barMaxWidth: 64,
    })),
  };
}

/** Events and people by state of origin, the most first; arrivals without one stated last. */
export function originTable(bulletin: Bulletin, stem: string): TableModel {
  const byState = new Map<string, { events: number; people: number }>();
  for (const r of bulletin.rows) {
    const key = r.originState ?? '';
    const entry = byState.get(key) ?? { events: 0, people: 0 };
    entry.events += r.events;
    entry.people += r.people;
    byState.set(key, entry);
  }
  const rows = [...byState.entries()]
    .sort(([a, x], [b, y]) => (a === '' ? 1 : b === '' ? -1 : y.events - x.events || a.localeCompare(b, 'es')))
    .map(([state, v]) => [state || t('stats.notStated'), v.events, v.people]);
  return {
    file: `${t('stats.file.origin')}_${stem}`,
    caption: t('stats.originCaption'),
    columns: [t('stats.col.originState'), t('stats.col.events'), t('stats.col.people')],
    rows,
    totals: [t('stats.total'), sum(rows.map((r) => r[1] as number)), sum(rows.map((r) => r[2] as number))],
  };
}

export function originChart(table: TableModel, stated: Set<string>): ChartOption {
  const data = table.rows.filter((r) => stated.has(String(r[0]))).map((r) => ({ name: String(r[0]), value: r[1] as number }));
  return {
    aria: { enabled: true, label: { enabled: false } },
    tooltip: { ...TOOLTIP, trigger: 'item', formatter: (p) => {
      const item = p as unknown as { name: string; value?: number };
      return `${item.name}: ${formatNumber(Number.isFinite(item.value) ? item.value! : 0)}`;
    } },
    visualMap: {
      type: 'continuous', min: 0, max: Math.max(1, ...data.map((d) => d.value)), left: 8, bottom: 8, calculable: false,
      text: [t('stats.more'), t('stats.fewer')], inRange: { color: ['#e3f3e8', '#0b5d4b'] }, textStyle: { color: '#1b2420' },
    },
    series: [{
      type: 'map', map: MEXICO_MAP, name: table.columns[1], data, roam: false, selectedMode: false,
      itemStyle: { areaColor: '#f4f6f5', borderColor: '#4f5b56', borderWidth: 0.5 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: '#1a56db' } },
    }],
  };
}

/** The bulletin's rows as the API gives them (its CSV and XLSX lay them out the same). */
export function bulletinTable(bulletin: Bulletin, stem: string): TableModel {
  return {
    file: `${t('stats.file.bulletin')}_${stem}`,
    caption: t('stats.bulletinCaption'),
    columns: [t('stats.col.state'), t('stats.col.point'), t('stats.col.sex'), t('stats.col.ageGroup'), t('stats.col.accompaniment'), t('stats.col.originState'), t('stats.col.events'), t('stats.col.people')],
    rows: bulletin.rows.map((r) => [r.state, r.point, tEnum('sex', r.sex), tEnum('ageGroup', r.ageGroup), tEnum('accompaniment', r.accompaniment), r.originState ?? t('stats.notStated'), r.events, r.people]),
    totals: [t('stats.total'), '', '', '', '', '', bulletin.totals.events, bulletin.totals.people],
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
