import { CATEGORIES, SEXES } from '../../api/types';
import { formatDate, formatNumber, locale, t, tEnum } from '../../i18n';
import { MEXICO_MAP, type ChartOption } from './echarts';
import { addDays, periodOf, shift, type Interval } from './period';
import type { Cell, TableModel } from './table';
import type { Bulletin, CareStatistics, Flows, NeedsStatistics, ProfileStatistics } from './types';

// Each report as a table (what the page lists and the downloads contain) and a chart drawn from that same table.

const INTERVAL_COLUMN = { day: 'stats.col.day', week: 'stats.col.week', month: 'stats.col.month' } as const;
const PALETTE = ['#0b5d4b', '#b35c00', '#1a56db', '#7a3e9d', '#4f5b56', '#a63b00'];
const AXIS = { axisLabel: { color: '#4f5b56' }, axisLine: { lineStyle: { color: '#4f5b56' } } };
const TOOLTIP = { renderMode: 'richText' as const, confine: true };
const ARIA = { enabled: true, label: { enabled: false }, decal: { show: true } };

const bucketLabel = (start: string, interval: Interval) =>
  interval === 'month'
    ? new Intl.DateTimeFormat(locale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${start.slice(0, 10)}T00:00:00Z`))
    : formatDate(start.slice(0, 10));

/** Arrivals per interval over the whole period (intervals without arrivals as 0), every point added up. */
export function flowsTable(flows: Flows, stem: string): TableModel {
  const interval = flows.interval;
  const byStart = new Map<string, { arrivals: number; withNotice: number }>();
  for (const start of intervalStarts(flows.from, flows.to, interval)) byStart.set(start, { arrivals: 0, withNotice: 0 });
  for (const r of flows.rows) {
    const entry = byStart.get(r.periodStart) ?? { arrivals: 0, withNotice: 0 };
    entry.arrivals += r.arrivals;
    entry.withNotice += r.arrivalsWithNotice;
    byStart.set(r.periodStart, entry);
  }
  const rows = [...byStart.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([start, v]) => [bucketLabel(start, interval), v.arrivals, v.withNotice]);
  return {
    file: `${t('stats.file.flows')}_${stem}`,
    caption: t('stats.flowsCaption', { interval: tEnum('interval', interval) }),
    columns: [t(INTERVAL_COLUMN[interval]), t('stats.col.arrivals'), t('stats.col.withNotice')],
    rows,
    totals: [t('stats.total'), flows.totals.arrivals, flows.totals.arrivalsWithNotice],
  };
}

/** The first day of every interval that meets the period (a week starts on Monday, a month on its 1st). */
function intervalStarts(from: string, to: string, interval: Interval): string[] {
  const starts: string[] = [];
  let current = interval === 'day' ? from : interval === 'week' ? periodOf('week', from).from : periodOf('month', from).from;
  for (let guard = 0; current <= to && guard < 1000; guard++) {
    starts.push(current);
    current = interval === 'day' ? addDays(current, 1) : interval === 'week' ? addDays(current, 7) : shift(periodOf('month', current), 1).from;
  }
  return starts;
}

export function flowsChart(table: TableModel): ChartOption {
  return {
    color: PALETTE,
    aria: ARIA,
    tooltip: { ...TOOLTIP, trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: table.rows.map((r) => String(r[0])), ...AXIS },
    yAxis: { type: 'value', minInterval: 1, ...AXIS },
    series: [
      { type: 'line', name: table.columns[1], data: table.rows.map((r) => r[1] as number), symbolSize: 6 },
      { type: 'line', name: table.columns[2], data: table.rows.map((r) => r[2] as number), symbolSize: 6, lineStyle: { type: 'dashed' } },
    ],
  };
}

const AGE_GROUPS = ['0-11', '12-17', '18+'];

/** Events by sex (rows) and age group (columns): the bulletin's adults and minors. */
export function sexAgeTable(bulletin: Bulletin, stem: string): TableModel {
  const ages = withExtra(AGE_GROUPS, bulletin.rows.map((r) => r.ageGroup));
  const count = (sex: string, age: string) => sum(bulletin.rows.filter((r) => r.sex === sex && r.ageGroup === age).map((r) => r.events));
  const rows = withExtra(SEXES, bulletin.rows.map((r) => r.sex))
    .map((sex) => [tEnum('sex', sex), ...ages.map((age) => count(sex, age))])
    .map((row) => [...row, sum(row.slice(1) as number[])])
    .filter((row) => (row[row.length - 1] as number) > 0);
  return {
    file: `${t('stats.file.sexAge')}_${stem}`,
    caption: t('stats.sexAgeCaption'),
    columns: [t('stats.col.sex'), ...ages.map((age) => tEnum('ageGroup', age)), t('stats.total')],
    rows,
    totals: [t('stats.total'), ...ages.map((_, i) => sum(rows.map((r) => r[i + 1] as number))), sum(rows.map((r) => r[ages.length + 1] as number))],
  };
}

export function sexAgeChart(table: TableModel): ChartOption {
  return {
    color: PALETTE,
    aria: ARIA,
    tooltip: { ...TOOLTIP, trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: table.rows.map((r) => String(r[0])), ...AXIS },
    yAxis: { type: 'value', minInterval: 1, ...AXIS },
    series: table.columns.slice(1, -1).map((name, i) => ({
      type: 'bar' as const, name, stack: 'ageGroups', data: table.rows.map((r) => r[i + 1] as number), barMaxWidth: 64,
    })),
  };
}

/** Events and people by state of origin, the most first; arrivals without one stated last. */
export function originTable(bulletin: Bulletin, stem: string): TableModel {
  const rows = groupBy(bulletin.rows, (r) => r.originState ?? '')
    .map(([state, list]) => ({ state, events: sum(list.map((r) => r.events)), people: sum(list.map((r) => r.people)) }))
    .sort((a, b) => (a.state === '' ? 1 : b.state === '' ? -1 : b.events - a.events || a.state.localeCompare(b.state, 'es')))
    .map((v) => [v.state || t('stats.notStated'), v.events, v.people]);
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
    tooltip: {
      ...TOOLTIP, trigger: 'item',
      formatter: (p) => {
        const item = p as unknown as { name: string; value?: number };
        return `${item.name}: ${formatNumber(typeof item.value === 'number' && Number.isFinite(item.value) ? item.value : 0)}`;
      },
    },
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

const BULLETIN_SEXES = ['male', 'female', 'unspecified'];
const BULLETIN_GROUPS: [string, string][] = [
  ['18+', 'notApplicable'], ['0-11', 'accompanied'], ['0-11', 'unaccompanied'], ['12-17', 'accompanied'], ['12-17', 'unaccompanied'], ['unknown', 'notApplicable'],
];

/**
 * The bulletin as the official table lays it out, as the API's CSV and XLSX do (api/Statistics/BulletinTable.cs):
 * states and their points as rows, each state followed by its total and the national total last; sex × age group ×
 * accompaniment as columns with a row total. The files add the same columns by state of origin (the map's table).
 */
export function bulletinTable(bulletin: Bulletin, stem: string): TableModel {
  const columns: [string, string, string][] = [];
  const seen = new Set<string>();
  const add = (sex: string, age: string, acc: string) => {
    const key = `${sex}|${age}|${acc}`;
    if (!seen.has(key)) {
      seen.add(key);
      columns.push([sex, age, acc]);
    }
  };
  for (const sex of BULLETIN_SEXES) for (const [age, acc] of BULLETIN_GROUPS) add(sex, age, acc);
  for (const r of bulletin.rows) add(r.sex, r.ageGroup, r.accompaniment);
  const line = (first: string, second: string, rows: Bulletin['rows']): Cell[] => [
    first, second,
    ...columns.map(([sex, age, acc]) => sum(rows.filter((r) => r.sex === sex && r.ageGroup === age && r.accompaniment === acc).map((r) => r.events))),
    sum(rows.map((r) => r.events)),
  ];
  const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const unknown = t('stats.notStated');
  const rows: Cell[][] = [];
  for (const [state, stateRows] of groupBy(bulletin.rows, (r) => r.state ?? unknown).sort(([a], [b]) => ordinal(a, b))) {
    for (const [point, pointRows] of groupBy(stateRows, (r) => r.point).sort(([a], [b]) => ordinal(a, b))) rows.push(line(state, point, pointRows));
    rows.push(line(state, t('stats.total'), stateRows));
  }
  return {
    file: `${t('stats.file.bulletin')}_${stem}`,
    caption: t('stats.bulletinCaption'),
    columns: [t('stats.col.state'), t('stats.col.point'), ...columns.map(([sex, age, acc]) => bulletinColumn(sex, age, acc)), t('stats.total')],
    rows,
    totals: line(t('stats.nationalTotal'), '', bulletin.rows),
  };
}

const bulletinColumn = (sex: string, age: string, acc: string) =>
  [tEnum('sexPlural', sex), tEnum('ageGroup', age), acc === 'notApplicable' ? '' : tEnum('accompanimentPlural', acc)].filter(Boolean).join(' · ');

/** Unmet needs and referrals by category (coordinators and managers). */
export function needsTable(needs: NeedsStatistics, stem: string): TableModel {
  const categories = withExtra(CATEGORIES, [...needs.unmetNeeds.map((n) => n.category), ...needs.referrals.map((r) => r.category)]);
  const rows = categories.map((category): Cell[] => {
    const refs = needs.referrals.filter((r) => r.category === category);
    return [
      tEnum('category', category),
      sum(needs.unmetNeeds.filter((n) => n.category === category).map((n) => n.cases)),
      sum(refs.map((r) => r.referred)), sum(refs.map((r) => r.pending)), sum(refs.map((r) => r.accepted)),
      sum(refs.map((r) => r.completed)), sum(refs.map((r) => r.declined)), sum(refs.map((r) => r.cancelled)),
    ];
  }).filter((row) => row.slice(1).some((n) => (n as number) > 0));
  return {
    file: `${t('stats.file.needs')}_${stem}`,
    caption: t('stats.needsCaption'),
    columns: [t('stats.col.category'), t('stats.col.unmet'), t('stats.col.referred'), tEnum('referralStatus', 'pending'), tEnum('referralStatus', 'accepted'),
      tEnum('referralStatus', 'completed'), tEnum('referralStatus', 'declined'), tEnum('referralStatus', 'cancelled')],
    rows,
    totals: [t('stats.total'), ...[1, 2, 3, 4, 5, 6, 7].map((i) => sum(rows.map((r) => r[i] as number)))],
  };
}

/** Unmet needs and referrals by category, side by side. */
export function needsChart(table: TableModel): ChartOption {
  return {
    color: ['#b35c00', '#0b5d4b'],
    aria: ARIA,
    tooltip: { ...TOOLTIP, trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    yAxis: { type: 'category', data: table.rows.map((r) => String(r[0])), inverse: true, ...AXIS },
    xAxis: { type: 'value', minInterval: 1, ...AXIS },
    series: [1, 2].map((i) => ({ type: 'bar' as const, name: table.columns[i], data: table.rows.map((r) => r[i] as number), barMaxWidth: 18 })),
  };
}

const STATUSES = ['pending', 'accepted', 'completed', 'declined', 'cancelled'];

/** A provider's programs (or every program, for a coordinator): referrals of the period's cases by status. */
export function programReferralsTable(care: CareStatistics, programName: (id: string) => string, stem: string): TableModel {
  const rows = groupBy(care.referrals, (r) => r.programId).map(([id, refs]): Cell[] => {
    const counts = STATUSES.map((status) => sum(refs.filter((r) => r.status === status).map((r) => r.count)));
    return [programName(id), ...counts, sum(counts)];
  });
  return {
    file: `${t('stats.file.programs')}_${stem}`,
    caption: t('stats.programsCaption'),
    columns: [t('stats.col.program'), ...STATUSES.map((s) => tEnum('referralStatus', s)), t('stats.total')],
    rows,
    totals: [t('stats.total'), ...STATUSES.map((_, i) => sum(rows.map((r) => r[i + 1] as number))), sum(rows.map((r) => r[STATUSES.length + 1] as number))],
  };
}

export function programReferralsChart(table: TableModel): ChartOption {
  return {
    color: PALETTE,
    aria: ARIA,
    tooltip: { ...TOOLTIP, trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    yAxis: { type: 'category', data: table.rows.map((r) => String(r[0])), inverse: true, ...AXIS },
    xAxis: { type: 'value', minInterval: 1, ...AXIS },
    series: STATUSES.map((_, i) => ({ type: 'bar' as const, name: table.columns[i + 1], stack: 'status', data: table.rows.map((r) => r[i + 1] as number), barMaxWidth: 24 })),
  };
}

/** Declines by reason as written, most first. */
export function declinesTable(care: CareStatistics, programName: (id: string) => string, stem: string): TableModel {
  const rows = [...care.declines].sort((a, b) => b.count - a.count).map((d): Cell[] => [programName(d.programId), d.reason, d.count]);
  return {
    file: `${t('stats.file.declines')}_${stem}`,
    caption: t('stats.declinesCaption'),
    columns: [t('stats.col.program'), t('stats.col.reason'), t('stats.col.count')],
    rows,
    totals: [t('stats.total'), '', sum(rows.map((r) => r[2] as number))],
  };
}

const PROFILE_DIMENSIONS = ['educationLevel', 'englishLevel', 'yearsAbroad', 'documentsHeld', 'occupation'] as const;
const PROFILE_TITLES = {
  educationLevel: 'stats.profile.educationLevel', englishLevel: 'stats.profile.englishLevel', yearsAbroad: 'stats.profile.yearsAbroad',
  documentsHeld: 'stats.profile.documentsHeld', occupation: 'stats.profile.occupation',
} as const;

function profileValue(dimension: string, value: string): string {
  if (value === 'notStated') return t('stats.notStated');
  if (value === 'none' && dimension === 'documentsHeld') return t('stats.profile.noDocuments');
  switch (dimension) {
    case 'educationLevel': return tEnum('education', value);
    case 'englishLevel': return tEnum('english', value);
    case 'documentsHeld': return tEnum('document', value);
    case 'yearsAbroad': return t('stats.profile.years', { range: value });
    default: return value;
  }
}

/** The assessed people's profile, one table per dimension (the most frequent value first). */
export function profileTables(profile: ProfileStatistics, stem: string): { dimension: string; title: string; table: TableModel }[] {
  const dimensions = withExtra(PROFILE_DIMENSIONS, profile.rows.map((r) => r.dimension));
  return dimensions.map((dimension) => {
    const title = dimension in PROFILE_TITLES ? t(PROFILE_TITLES[dimension as keyof typeof PROFILE_TITLES]) : dimension;
    const rows = groupBy(profile.rows.filter((r) => r.dimension === dimension), (r) => r.value)
      .map(([value, list]) => ({ value, cases: sum(list.map((r) => r.cases)) }))
      .sort((a, b) => (dimension === 'yearsAbroad' ? parseInt(a.value, 10) - parseInt(b.value, 10) : b.cases - a.cases || a.value.localeCompare(b.value, 'es')))
      .map((v): Cell[] => [profileValue(dimension, v.value), v.cases]);
    return {
      dimension,
      title,
      table: {
        file: `${t('stats.file.profile')}-${dimension}_${stem}`,
        caption: title,
        columns: [title, t('stats.col.assessed')],
        rows,
        totals: dimension === 'documentsHeld' ? undefined : [t('stats.total'), sum(rows.map((r) => r[1] as number))],
      },
    };
  });
}

/** `known` in order, then any other value the API sent (a value added to the API shows up rather than vanishing). */
function withExtra(known: readonly string[], values: string[]): string[] {
  return [...known, ...new Set(values.filter((v) => !known.includes(v)))];
}

function groupBy<T>(items: T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.entries()];
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
