import { useEffect, useMemo, useState } from 'preact/hooks';
import { api } from '../../api/client';
import type { Session } from '../../api/session';
import { statistics, statisticsFile, type StatisticsQuery, type StatisticsReport } from '../../api/statistics';
import { MEXICAN_STATES, type PointSummary, type ProgramSummary } from '../../api/types';
import { LoadState } from '../../components/LoadState';
import { Panel } from '../../components/Panel';
import { formatNumber, getLang, t } from '../../i18n';
import { Chart } from './Chart';
import { PeriodPicker } from './PeriodPicker';
import { defaultInterval, periodOf, today, type Interval, type Period } from './period';
import {
  bulletinTable, declinesTable, flowsChart, flowsTable, needsChart, needsTable, originChart, originTable, programReferralsChart, programReferralsTable,
  profileTables, sexAgeChart, sexAgeTable,
} from './reports';
import { Downloads, StatTable } from './StatTable';
import type { TableModel } from './table';
import type { Bulletin, CareStatistics, Flows, NeedsStatistics, ProfileStatistics } from './types';
import './statistics.css';

/** Reads one report for the query; a newer query supersedes a slower older answer. */
function useReport<T>(report: StatisticsReport, query: StatisticsQuery | null) {
  const [state, setState] = useState<{ data: T | null; error: Error | null; key: string }>({ data: null, error: null, key: '' });
  const key = query ? JSON.stringify(query) : '';
  useEffect(() => {
    if (!query) return;
    let current = true;
    statistics<T>(report, query).then(
      (data) => current && setState({ data, error: null, key }),
      (error: Error) => current && setState({ data: null, error, key }),
    );
    return () => {
      current = false;
    };
    // `key` stands for `query`'s contents.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [report, key]);
  return { ...state, fresh: state.key === key };
}

/**
 * Issue #15's statistics: arrivals over time, by sex and age group, by state of origin, and the official bulletin's
 * table, for a period of the points' local dates. A coordinator sees every point (or one), a manager their points;
 * the API scopes every answer to the caller.
 */
export function StatisticsView({ session }: { session: Session }) {
  const [period, setPeriod] = useState<Period>(() => periodOf('month', today()));
  const [interval, setInterval] = useState<Interval>(() => defaultInterval(periodOf('month', today())));
  const [point, setPoint] = useState('');
  const [points, setPoints] = useState<PointSummary[] | null>(null);
  const [programs, setPrograms] = useState<ProgramSummary[]>([]);
  const [destination, setDestination] = useState('');
  const lang = getLang();
  const provider = session.role === 'provider';

  useEffect(() => {
    if (session.role === 'coordinator') api.points().then(setPoints, () => setPoints([]));
    api.programs().then(setPrograms, () => setPrograms([]));
  }, [session.role]);

  const choosePeriod = (next: Period) => {
    setPeriod(next);
    setInterval(defaultInterval(next));
  };

  const query: StatisticsQuery = { from: period.from, to: period.to, point: point || undefined };
  // A provider reads only their programs' figures; the rest is the points' (coordinators, managers).
  const bulletin = useReport<Bulletin>('bulletin', provider ? null : query);
  const flows = useReport<Flows>('flows', provider ? null : { ...query, interval });
  const needs = useReport<NeedsStatistics>('needs', provider ? null : query);
  const care = useReport<CareStatistics>('care', provider ? query : null);
  const profile = useReport<ProfileStatistics>('profile', provider ? null : { ...query, destinationState: destination || undefined });
  const stem = `${period.from}_${period.to}${point ? `_${point}` : ''}`;
  const programName = useMemo(() => {
    const names = new Map(programs.map((p) => [p.id, p.name]));
    return (id: string) => names.get(id) ?? id;
  }, [programs]);

  const tables = useMemo(() => {
    if (provider) {
      if (!care.data) return null;
      return { kind: 'programs' as const, programs: programReferralsTable(care.data, programName, stem), declines: declinesTable(care.data, programName, stem) };
    }
    if (!bulletin.data || !flows.data || !needs.data) return null;
    return {
      kind: 'points' as const,
      flows: flowsTable(flows.data, stem),
      sexAge: sexAgeTable(bulletin.data, stem),
      origin: originTable(bulletin.data, stem),
      needs: needsTable(needs.data, stem),
      bulletin: bulletinTable(bulletin.data, stem),
      profile: profile.data ? { cases: profile.data.cases, assessed: profile.data.assessed, tables: profileTables(profile.data, `${stem}${destination ? `_${destination}` : ''}`) } : null,
    };
    // lang: the tables' words are in the dashboard's language
  }, [provider, bulletin.data, flows.data, needs.data, care.data, profile.data, destination, programName, stem, lang]); // eslint-disable-line react-hooks/exhaustive-deps

  const pointChoices = session.role === 'coordinator'
    ? (points ?? []).map((p) => ({ code: p.code, name: p.name }))
    : session.points.map((code) => ({ code, name: code }));
  const reports = provider ? [care] : [bulletin, flows, needs, profile];
  const error = reports.find((r) => r.error)?.error ?? null;
  const loading = reports.some((r) => !r.fresh);

  return (
    <div class="view statistics-view" data-view="statistics" data-loading={loading ? 'true' : 'false'}>
      <div class="view-head">
        <h1>{t('stats.title')}</h1>
        <p class="muted small">{t(session.role === 'coordinator' ? 'stats.scopeNational' : session.role === 'pointManager' ? 'stats.scopePoints' : 'stats.scopePrograms')}</p>
      </div>
      <div class="stats-controls">
        <PeriodPicker period={period} onChange={choosePeriod} interval={interval} onInterval={setInterval} showInterval={!provider} />
        {!provider && (
          <label class="stats-point">
            {t('stats.point')}
            <select id="stats-point" value={point} onChange={(e) => setPoint((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{t(session.role === 'coordinator' ? 'stats.allPoints' : 'stats.myPoints')}</option>
              {pointChoices.map((p) => <option key={p.code} value={p.code}>{p.name === p.code ? p.code : `${p.name} (${p.code})`}</option>)}
            </select>
          </label>
        )}
      </div>
      <p class="visually-hidden" role="status">{loading ? t('common.loading') : t('stats.updated')}</p>
      {!tables ? <LoadState error={error} /> : (
        <>
          {error && <LoadState error={error} />}
          {tables.kind === 'programs' ? (
            <>
              <ChartPanel id="stats-programs" title={t('stats.programsTitle')} table={tables.programs} option={programReferralsChart(tables.programs)} />
              <Panel id="stats-declines" title={t('stats.declinesTitle')} actions={<Downloads table={tables.declines} testId="stats-declines-download" />}>
                <StatTable table={tables.declines} testId="stats-declines-table" />
              </Panel>
            </>
          ) : (
            <>
              <dl class="stats-totals" data-testid="stats-totals">
                <div><dt>{t('stats.col.events')}</dt><dd data-testid="stats-total-events">{formatNumber(bulletin.data!.totals.events)}</dd></div>
                <div><dt>{t('stats.col.people')}</dt><dd data-testid="stats-total-people">{formatNumber(bulletin.data!.totals.people)}</dd></div>
              </dl>
              <ChartPanel id="stats-flows" title={t('stats.flowsTitle')} table={tables.flows} option={flowsChart(tables.flows)} />
              <ChartPanel id="stats-sex-age" title={t('stats.sexAgeTitle')} table={tables.sexAge} option={sexAgeChart(tables.sexAge)} />
              <ChartPanel id="stats-origin" title={t('stats.originTitle')} table={tables.origin} tall
                option={originChart(tables.origin, new Set<string>(MEXICAN_STATES))} note={t('stats.mapCredit')} />
              <ChartPanel id="stats-needs" title={t('stats.needsTitle')} table={tables.needs} option={needsChart(tables.needs)} />
              <Panel id="stats-bulletin" title={t('stats.bulletinTitle')} actions={
                <Downloads table={tables.bulletin} testId="stats-bulletin-download"
                  server={(format) => statisticsFile('bulletin', query, format, `${tables.bulletin.file}.${format}`)} />
              }>
                <p class="muted small">{t('stats.bulletinNote')}{session.role !== 'coordinator' && ` ${t('stats.suppressedNote')}`}</p>
                <StatTable table={tables.bulletin} testId="stats-bulletin-table" />
              </Panel>
              <Panel id="stats-profile" title={t('stats.profileTitle')} actions={
                <label class="stats-point">
                  {t('stats.destinationState')}
                  <select id="stats-destination" value={destination} onChange={(e) => setDestination((e.currentTarget as HTMLSelectElement).value)}>
                    <option value="">{t('stats.allStates')}</option>
                    {MEXICAN_STATES.map((state) => <option key={state} value={state}>{state}</option>)}
                  </select>
                </label>
              }>
                {tables.profile ? (
                  <>
                    <p class="muted small">{t('stats.profileNote', { assessed: tables.profile.assessed, cases: tables.profile.cases })}</p>
                    <div class="stats-profile-grid">
                      {tables.profile.tables.map(({ dimension, table }) => (
                        <div key={dimension}>
                          <StatTable table={table} testId={`stats-profile-${dimension}-table`} />
                          <Downloads table={table} testId={`stats-profile-${dimension}-download`} />
                        </div>
                      ))}
                    </div>
                  </>
                ) : <LoadState error={profile.error} />}
              </Panel>
            </>
          )}
        </>
      )}
    </div>
  );
}

function ChartPanel({ id, title, table, option, tall, note }: { id: string; title: string; table: TableModel; option: Parameters<typeof Chart>[0]['option']; tall?: boolean; note?: string }) {
  return (
    <Panel id={id} title={title} actions={<Downloads table={table} testId={`${id}-download`} />}>
      <div class="stats-pair">
        <figure class="stats-figure">
          <Chart option={option} label={table.caption} testId={`${id}-chart`} tall={tall} />
          {note && <figcaption class="muted small">{note}</figcaption>}
        </figure>
        <StatTable table={table} testId={`${id}-table`} />
      </div>
    </Panel>
  );
}
