import { useState } from 'preact/hooks';
import { usePrograms } from '../../api/catalog';
import type { ReferralView } from '../../api/types';
import { useForm, type FieldErrors, type FormState } from '../../components/form';
import { t } from '../../i18n';

/**
 * An exit form's two steps: `ask` checks the fields and shows the confirmation; `confirm` sends, then tells the page
 * (`onDone`) and answers `done`.
 */
export function useExitForm(validate: () => FieldErrors, send: () => Promise<unknown>, done: string, onDone: () => void) {
  const [confirming, setConfirming] = useState(false);
  const form = useForm();
  return {
    form,
    confirming,
    ask: async (e: Event) => {
      e.preventDefault();
      await form.submit(validate, async () => {
        setConfirming(true);
        return null;
      });
    },
    confirm: () => form.submit(validate, async () => {
      await send();
      setConfirming(false);
      onDone();
      return done;
    }),
    back: () => setConfirming(false),
  };
}

/** The referrals an exit cancels: those still pending or accepted. */
export const openReferrals = (referrals: ReferralView[]) => referrals.filter((r) => r.status === 'pending' || r.status === 'accepted');

/**
 * The second step of an exit (departure or transfer), which cannot be undone: it names the person and the open
 * referrals it will cancel, and asks again.
 */
export function ExitConfirmation({ question, referrals, confirmLabel, form, onConfirm, onBack }: {
  question: string; referrals: ReferralView[]; confirmLabel: string; form: FormState; onConfirm: () => void; onBack: () => void;
}) {
  const busy = form.busy;
  const open = openReferrals(referrals);
  const programs = usePrograms();
  const name = (id: string) => programs.find((p) => p.id === id)?.name ?? id;
  return (
    <div class="exit-confirmation" role="alertdialog" aria-labelledby="exit-question" data-testid="exit-confirmation">
      <p id="exit-question"><strong translate={false}>{question}</strong></p>
      {open.length === 0 ? <p>{t('exit.noOpenReferrals')}</p> : (
        <>
          <p>{t('exit.cancelsReferrals', { count: open.length })}</p>
          <ul data-testid="exit-cancels">
            {open.map((r) => <li key={r.referralId} translate={false}>{name(r.programId)}</li>)}
          </ul>
        </>
      )}
      <div class="form-buttons">
        <button type="button" class="primary danger" onClick={onConfirm} disabled={busy} aria-busy={busy ? 'true' : undefined} data-testid="exit-confirm" ref={(b) => b?.focus()}>{confirmLabel}</button>
        <button type="button" onClick={onBack} data-testid="exit-back">{t('exit.back')}</button>
      </div>
      {form.detail && <p class="form-error" role="alert" translate={false}>{form.detail}</p>}
    </div>
  );
}
