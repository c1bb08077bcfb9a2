import { useEffect, useMemo, useState } from 'preact/hooks';
import { api } from '../../api/client';
import type { Session } from '../../api/session';
import type { ReturneeView } from '../../api/types';
import { isHandedOver } from '../../api/custody';
import { mayExercisePersonRights, mayPrintConstancia, mayRunPoint } from '../../access';
import { Link } from '../../components/Link';
import { LoadState } from '../../components/LoadState';
import { Panel } from '../../components/Panel';
import { PersonName } from '../../components/PersonName';
import { RecentReturnBadge } from '../../components/RecentReturnBadge';
import { useFeed } from '../../live/useFeed';
import { formatDateTime, t, tEnum } from '../../i18n';
import { paths } from '../../router';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentSummary } from './AssessmentSummary';
import { AuditTrail } from './AuditTrail';
import { caseFeed } from './caseFeed';
import { CaseRecord } from './CaseRecord';
import { ConsentPanel } from './ConsentPanel';
import { CorrectionForm } from './CorrectionForm';
import { CustodyPanel } from './CustodyPanel';
import { DepartureForm } from './DepartureForm';
import { PersonLinkForm } from './PersonLinkForm';
import { PreviousReturns } from './PreviousReturns';
import { ReferralPanel } from './ReferralPanel';
import { ReferralsTable } from './ReferralsTable';
import { TransferForm } from './TransferForm';

/** The person's names for a question asked about them, or "no identificada". */
const nameOf = (c: ReturneeView) => (c.unidentified ? t('person.unidentified') : `${c.givenNames} ${c.surnames}`);

/** One returnee's case: the record, referrals with their states, the audit trail, and (for the point's manager) the next steps. */
export function CaseView({ caseId, session }: { caseId: string; session: Session }) {
  // The one read the page makes on opening; the feed of its point (or program) then keeps it current.
  const [initial, setInitial] = useState<ReturneeView | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    setInitial(null);
    setError(null);
    api.returnee(caseId).then(setInitial, setError);
  }, [caseId]);
  const spec = useMemo(() => (initial ? caseFeed(initial, session) : null), [initial, session]);
  const feed = useFeed(spec);
  const c = feed.data;
  if (!c) return <LoadState error={error ?? feed.error} />;

  const runs = mayRunPoint(session, c.pointCode);
  const present = c.stage !== 'departed' && c.stage !== 'transferred';
  const back = session.role === 'provider' ? paths.program(session.programs[0] ?? '') : paths.point(c.pointCode);

  return (
    <div class="view case-view" data-view="case" data-case={c.caseId}>
      <p class="breadcrumb"><Link href={back}>← {session.role === 'provider' ? t('nav.program') : t('nav.point')}</Link></p>
      <div class="view-head">
        <h1><PersonName p={c} /> <span class="code" translate={false}>{c.caseId}</span></h1>
        <span class={`stage-badge stage-${c.stage}`}>{tEnum('stage', c.stage)}</span>
        {c.recentReturn && <RecentReturnBadge recent={c.recentReturn} />}
        {c.redacted && <p class="muted small">{t('case.redacted')}</p>}
        {!c.redacted && mayPrintConstancia(session) && <Link href={paths.constancia(c.caseId)}>{t('constancia.open')}</Link>}
        {c.personId && mayExercisePersonRights(session) && <Link href={paths.personExport(c.personId)}>{t('export.open')}</Link>}
      </div>
      <div class="case-grid">
        <Panel id="record" title={t('case.record')}>
          <CaseRecord c={c} />
          {c.unmetNeeds && c.unmetNeeds.length > 0 && (
            <p><strong>{t('case.unmetNeeds')}:</strong> {c.unmetNeeds.map((n) => tEnum('category', n)).join(', ')}</p>
          )}
          {c.exit && (
            <p><strong>{tEnum('stage', c.exit.stage)}:</strong> {formatDateTime(c.exit.at, c.timeZone ?? null)} · <span translate={false}>{[c.exit.destinationMunicipality, c.exit.destinationState, c.exit.institution].filter(Boolean).join(', ')}</span></p>
          )}
        </Panel>
        <Panel id="assessment" title={t('assessment.title')}>
          {c.assessment ? <AssessmentSummary a={c.assessment} zone={c.timeZone ?? null} /> : <p class="muted">{c.redacted ? t('case.assessmentHidden') : t('case.noAssessment')}</p>}
          {runs && present && (
            <details class="form-details" open={!c.assessment}>
              <summary>{c.assessment ? t('assessment.edit') : t('assessment.record')}</summary>
              <AssessmentForm key={`${c.assessment?.recordedAt ?? 'new'}-${c.consentToShare}`} caseId={c.caseId} current={c.assessment} consentToShare={c.consentToShare} onDone={feed.reload} />
            </details>
          )}
        </Panel>
      </div>
      {!c.redacted && (
        <Panel id="consent" title={t('consent.title')}>
          <ConsentPanel caseId={c.caseId} zone={c.timeZone ?? null} consents={c.consents ?? []} canChange={runs} onDone={feed.reload} />
        </Panel>
      )}
      {c.personId && (
        <Panel id="previous-returns" title={t('person.previousReturns')}>
          <PreviousReturns caseId={c.caseId} personId={c.personId}
            actions={runs ? (others) => <PersonLinkForm key={c.personId} c={c} linked={others.length > 0} onDone={feed.reload} /> : undefined} />
        </Panel>
      )}
      {runs && !c.redacted && (
        <Panel id="correction" title={t('correction.title')}>
          <details class="form-details">
            <summary>{t('correction.title')}</summary>
            <CorrectionForm c={c} onDone={feed.reload} />
          </details>
        </Panel>
      )}
      {c.custody && (
        <Panel id="custody" title={t('custody.title')}>
          <CustodyPanel caseId={c.caseId} pointCode={c.pointCode} zone={c.timeZone ?? null} custody={c.custody} session={session} onDone={feed.reload} />
        </Panel>
      )}
      <Panel id="referrals" title={t('case.referrals')}>
        <ReferralsTable referrals={c.referrals} exit={c.exit} zone={c.timeZone ?? null} />
        {runs && present && <ReferralPanel caseId={c.caseId} referrals={c.referrals} recommendations={c.recommendations ?? []} referable={c.referablePrograms ?? []} consentToShare={c.consentToShare} onDone={feed.reload} />}
      </Panel>
      {runs && present && (
        <Panel id="departure" title={t('departure.title')}>
          {c.custody && !isHandedOver(c.custody.status) && (
            <p class="hint" data-testid="custody-departure-hint">{t('custody.departureHint')}</p>
          )}
          {/* Keyed by the assessment so that a destination recorded after the page opened pre-fills it. */}
          <DepartureForm key={c.assessment?.recordedAt ?? 'none'} caseId={c.caseId} personName={nameOf(c)} referrals={c.referrals}
            defaultState={c.assessment?.destinationState} onDone={feed.reload} />
          <details class="form-details">
            <summary>{t('transfer.title')}</summary>
            <TransferForm caseId={c.caseId} personName={nameOf(c)} referrals={c.referrals} onDone={feed.reload} />
          </details>
        </Panel>
      )}
      {!c.redacted && (
        <Panel id="audit" title={t('audit.title')}>
          <AuditTrail caseId={c.caseId} version={c.version} zone={c.timeZone ?? null} />
        </Panel>
      )}
    </div>
  );
}
