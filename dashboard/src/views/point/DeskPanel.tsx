import { useRef, useState } from 'preact/hooks';
import { api } from '../../api/client';
import { problemText } from '../../api/problem';
import type { DeskCall } from '../../api/types';
import { Link } from '../../components/Link';
import { PriorityBadges } from '../../components/PriorityBadges';
import { t } from '../../i18n';
import { paths } from '../../router';
import { deskNumbers } from './useDesk';

/**
 * "Llamar siguiente": the desk asks the point for the most urgent person waiting for the interview (the queue's
 * order) and is told whom it got; the server guarantees two desks never get the same person.
 */
export function DeskPanel({ code, intakeDesks, desk, onDesk }: { code: string; intakeDesks: number; desk: string; onDesk: (desk: string) => void }) {
  const [called, setCalled] = useState<DeskCall | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const result = useRef<HTMLDivElement>(null);

  const callNext = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const call = await api.callNext(code, desk);
      setCalled(call ?? null);
      setMessage({ text: call ? t('desk.calledMessage', { caseId: call.caseId, desk: call.desk }) : t('desk.nobodyWaiting') });
    } catch (e) {
      setMessage({ text: problemText(e), error: true });
    } finally {
      setBusy(false);
      // The answer is where the eyes and the screen reader go next.
      setTimeout(() => result.current?.focus(), 0);
    }
  };

  return (
    <div class="desk-panel" data-testid="desk-panel">
      <div class="form-row">
        <div class="field">
          <label for="desk-number">{t('desk.number')}</label>
          <select id="desk-number" value={desk} onChange={(e) => onDesk((e.currentTarget as HTMLSelectElement).value)}>
            {deskNumbers(intakeDesks).map((n) => <option key={n} value={n}>{t('desk.label', { desk: n })}</option>)}
          </select>
        </div>
        <button type="button" class="primary" onClick={callNext} disabled={busy} aria-busy={busy ? 'true' : undefined} data-testid="call-next">
          {t('desk.callNext')}
        </button>
      </div>
      <div ref={result} tabIndex={-1} class="desk-result" role="status" data-testid="desk-result">
        {message && <p class={message.error ? 'form-error' : 'form-done'} translate={false}>{message.text}</p>}
        {called && (
          <p>
            <Link href={paths.case(called.caseId)}>
              <span class="code" translate={false}>{called.caseId}</span>
              {called.givenNames && <span translate={false}> · {called.givenNames} {called.surnames}</span>}
            </Link>{' '}
            <PriorityBadges priority={called.priority} flags={[]} />
          </p>
        )}
      </div>
    </div>
  );
}
