import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api/client';
import type { PersonExport } from '../../api/types';
import { LoadState } from '../../components/LoadState';
import { Panel } from '../../components/Panel';
import { PersonName } from '../../components/PersonName';
import { formatDateTime, t, tEnum } from '../../i18n';
import { AssessmentSummary } from './AssessmentSummary';
import { CaseRecord } from './CaseRecord';
import { ReferralsTable } from './ReferralsTable';
import { AnonymiseForm } from './AnonymiseForm';

/**
 * Everything held about a person, for an access request: a page to print (Spanish first) and the same export as
 * JSON; below it, the anonymisation on request. Opening it is recorded in the access log.
 */
export function PersonExportView({ personId }: { personId: string }) {
  const [data, setData] = useState<PersonExport | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    api.exportPerson(personId).then(setData, setError);
  }, [personId, tick]);

  if (!data) return <LoadState error={error} />;
  const json = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  return (
    <div class="view export-view" data-view="person-export">
      <h1>{t('export.title')} <span class="code" translate={false}>{data.personId}</span></h1>
      <p class="muted">{t('export.generated', { at: formatDateTime(data.generatedAt, null), by: data.generatedBy })}</p>
      <p class="no-print">
        <button type="button" class="primary" onClick={() => window.print()}>{t('export.print')}</button>{' '}
        <a href={json} download={`${data.personId}.json`}>{t('export.json')}</a>
      </p>
      {data.cases.map((c) => (
        <Panel key={c.case.caseId} id={`export-${c.case.caseId}`} title={t('export.case', { caseId: c.case.caseId })}>
          {c.anonymisation && (
            <p class="badge" data-testid="export-anonymised">
              {t('export.anonymised', { at: formatDateTime(c.anonymisation.at, c.case.timeZone ?? null), reason: tEnum('anonymisationReason', c.anonymisation.reason) })}
            </p>
          )}
          <h3><PersonName p={c.case} /></h3>
          <CaseRecord c={c.case} />
          {c.case.assessment && <AssessmentSummary a={c.case.assessment} zone={c.case.timeZone ?? null} />}
          <ReferralsTable referrals={c.case.referrals} exit={c.case.exit} zone={c.case.timeZone ?? null} />
          <h3>{t('export.events')}</h3>
          <table class="data-table">
            <thead><tr><th>{t('audit.at')}</th><th>{t('audit.user')}</th><th>{t('audit.action')}</th><th>{t('export.detail')}</th></tr></thead>
            <tbody>
              {c.events.map((e) => (
                <tr key={e.sequence}><td>{formatDateTime(e.at, c.case.timeZone ?? null)}</td><td translate={false}>{e.userName}</td><td>{e.action}</td><td translate={false}>{e.detail ?? ''}</td></tr>
              ))}
            </tbody>
          </table>
        </Panel>
      ))}
      <Panel id="export-access" title={t('export.accessLog')}>
        <table class="data-table">
          <thead><tr><th>{t('audit.at')}</th><th>{t('audit.user')}</th><th>{t('audit.action')}</th></tr></thead>
          <tbody>
            {data.accessLog.map((a, i) => (
              <tr key={i}><td>{formatDateTime(a.at, null)}</td><td translate={false}>{a.actor}</td><td>{a.action}</td></tr>
            ))}
          </tbody>
        </table>
      </Panel>
      <Panel id="anonymise" title={t('anonymise.title')} class="no-print">
        <AnonymiseForm personId={data.personId} onDone={() => setTick((n) => n + 1)} />
      </Panel>
    </div>
  );
}
