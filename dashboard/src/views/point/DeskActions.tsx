import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { problemText } from '../../api/problem';
import type { QueueEntry } from '../../api/types';
import { t } from '../../i18n';

/** A waiting person's desk actions: call them to this screen's desk by name, or send them back to the queue. */
export function DeskActions({ entry, desk }: { entry: QueueEntry; desk: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  const name = [entry.givenNames, entry.surnames].filter(Boolean).join(' ') || entry.caseId;
  return (
    <div class="row-actions">
      {entry.desk
        ? <button type="button" disabled={busy} onClick={() => run(() => api.returnToQueue(entry.caseId))} data-testid="return-to-queue">
            {t('desk.returnToQueue')}<span class="visually-hidden" translate={false}>: {name}</span></button>
        : <button type="button" disabled={busy} onClick={() => run(() => api.callToDesk(entry.caseId, desk))} data-testid="call-to-desk">
            {t('desk.callToDesk', { desk })}<span class="visually-hidden" translate={false}>: {name}</span></button>}
      {error && <span class="field-error" role="alert" translate={false}>{error}</span>}
    </div>
  );
}
