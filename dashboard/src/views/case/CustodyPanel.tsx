import type { Session } from '../../api/session';
import { isFinal, stepsFor, type CustodyView } from '../../api/custody';
import { CustodyClock } from '../../components/CustodyClock';
import { t, tEnum, type TimeZoneId } from '../../i18n';
import { CustodyChain } from './CustodyChain';
import { CustodyForm } from './CustodyForm';

/** An unaccompanied child's custody: the reunification clock, the chain of handovers, and the next step this user may record. */
export function CustodyPanel({ caseId, pointCode, zone, custody, session, onDone }: { caseId: string; pointCode: string; zone: TimeZoneId | null; custody: CustodyView; session: Session; onDone: () => void }) {
  const steps = stepsFor(session, pointCode, custody);
  const stopped = isFinal(custody.status) || !!custody.stoppedAt;
  return (
    <div class="custody" data-testid="custody" data-status={custody.status ?? ''} data-closed={stopped ? 'true' : 'false'}>
      <p>
        <strong>{t('custody.status')}:</strong> <span data-testid="custody-status">{tEnum('custodyStatus', custody.status ?? 'awaitingReception')}</span>
        {!stopped && custody.nextStep && <> · <strong>{t('custody.nextStep')}:</strong> <span data-testid="custody-next">{tEnum('custodyStep', custody.nextStep)}</span></>}
        {stopped && <> · <strong data-testid="custody-closed">{t('custody.closed')}</strong></>}
      </p>
      <CustodyClock elapsedHours={custody.elapsedHours} targetHours={custody.targetHours} overdue={custody.overdue} stopped={stopped} />
      <h3>{t('custody.chain')}</h3>
      <CustodyChain chain={custody.chain} zone={zone} />
      {steps.length > 0 && (
        <details class="form-details" open>
          <summary>{t('custody.record')}</summary>
          <CustodyForm key={`${custody.chain.length}-${steps.join()}`} caseId={caseId} zone={zone} steps={steps} last={custody.chain[custody.chain.length - 1]} onDone={onDone} />
        </details>
      )}
    </div>
  );
}
