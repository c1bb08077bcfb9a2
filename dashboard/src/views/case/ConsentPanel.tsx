import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { maxLength } from '../../api/limits';
import { CONSENT_PURPOSES, type ConsentPurpose, type ConsentView } from '../../api/types';
import { textTooLong } from '../../api/rules';
import { TextField, useForm, type FieldErrors } from '../../components/form';
import { formatDateTime, t, tEnum, type TimeZoneId } from '../../i18n';

/**
 * The person's consent, purpose by purpose: where it stands, who recorded it and when (and when it was withdrawn).
 * The point's managers give or withdraw it; a withdrawal applies to the providers' next read.
 */
export function ConsentPanel({ caseId, zone, consents, canChange, onDone }: { caseId: string; zone: TimeZoneId | null; consents: ConsentView[]; canChange: boolean; onDone: () => void }) {
  const [note, setNote] = useState('');
  const form = useForm();
  const record = (purpose: ConsentPurpose, given: boolean) =>
    form.submit(
      (): FieldErrors => {
        const errors: FieldErrors = {};
        textTooLong(errors, 'note', note, maxLength('ConsentRequest', 'note'));
        return errors;
      },
      async () => {
        await api.consent(caseId, purpose, given, note.trim());
        setNote('');
        onDone();
        return t(given ? 'consent.givenDone' : 'consent.withdrawnDone');
      },
    );

  return (
    <div class="consent-panel" data-testid="consents">
      <ul class="consents">
        {CONSENT_PURPOSES.map((purpose) => {
          const c = consents.find((x) => x.purpose === purpose);
          return (
            <li key={purpose} data-purpose={purpose} data-given={c?.given ? 'true' : 'false'}>
              <div>
                <strong>{tEnum('consentPurpose', purpose)}</strong>{': '}
                <span data-testid="consent-state">{!c ? t('consent.notAsked') : c.given ? t('consent.given') : c.withdrawnAt ? t('consent.withdrawn') : t('consent.refused')}</span>
                {c && (
                  <p class="muted small">
                    {formatDateTime(c.recordedAt, zone)} · <span translate={false}>{c.recordedBy}</span>
                    {c.withdrawnAt && <> · {t('consent.withdrawnAt', { at: formatDateTime(c.withdrawnAt, zone) })}</>}
                    {c.note && <> · <span translate={false}>{c.note}</span></>}
                  </p>
                )}
              </div>
              {canChange && (
                c?.given
                  ? <button type="button" disabled={form.busy} onClick={() => record(purpose, false)} data-action="withdraw">{t('consent.withdraw')}</button>
                  : <button type="button" class="primary" disabled={form.busy} onClick={() => record(purpose, true)} data-action="give">{t('consent.give')}</button>
              )}
            </li>
          );
        })}
      </ul>
      {canChange && (
        <div class="form">
          <TextField id="consent-note" name="note" label={t('consent.note')} value={note} onInput={setNote} errors={form.errors} maxLength={maxLength('ConsentRequest', 'note')} hint={t('consent.noteHint')} />
          {form.detail && <p class="form-error" role="alert" translate={false}>{form.detail}</p>}
          {form.done && <p class="form-done" role="status">{form.done}</p>}
        </div>
      )}
    </div>
  );
}
