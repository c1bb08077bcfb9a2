import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api/client';
import { maxLength } from '../../api/limits';
import { textTooLong } from '../../api/rules';
import type { ProgramQueueItem } from '../../api/types';
import { FormFooter, TextArea, useForm, type FieldErrors } from '../../components/form';
import { t } from '../../i18n';

type Mode = 'none' | 'decline' | 'complete';
export type Decision = 'accepted' | 'declined' | 'completed';

/** What the queue learns of a card's decision: before it is sent, if it failed, when it is made, and the text being typed. */
export interface DecisionEvents {
  onBegin: () => void;
  onFailed: () => void;
  onDecided: (decision: Decision) => void;
  onDraft: (text: string) => void;
}

/**
 * Accept or decline with a reason (pending), complete with an outcome (in care): the provider's three decisions. Their confirmation is
 * announced above the queue (this card may move or vanish with it); errors stay on the card.
 */
export function ReferralActions({ programId, item, events }: { programId: string; item: ProgramQueueItem; events: DecisionEvents }) {
  const [mode, setMode] = useState<Mode>('none');
  const [text, setTextState] = useState('');
  // Opening a form puts focus in its text; cancelling returns it to the button that opened it, not to the body.
  const box = useRef<HTMLDivElement>(null);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const selector = focusNext.current;
    focusNext.current = null;
    if (selector) box.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [mode]);
  const open = (next: Mode) => {
    focusNext.current = 'textarea';
    setMode(next);
  };
  const setText = (value: string) => {
    setTextState(value);
    events.onDraft(value);
  };
  const form = useForm();
  const id = `ref-${item.referralId}`;
  const field = mode === 'decline' ? 'reason' : 'outcome';
  const max = mode === 'decline' ? maxLength('DeclineRequest', 'reason') : maxLength('CompleteRequest', 'outcome');

  const decide = async (decision: Decision, send: () => Promise<unknown>) => {
    events.onBegin();
    try {
      await send();
    } catch (e) {
      events.onFailed();
      throw e;
    }
    events.onDecided(decision);
    return '';
  };

  const accept = () => form.submit(() => ({}), () => decide('accepted', () => api.accept(programId, item.referralId)));

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const ok = await form.submit(
      (): FieldErrors => {
        const errors: FieldErrors = {};
        textTooLong(errors, field, text, max, true);
        return errors;
      },
      () => (mode === 'decline'
        ? decide('declined', () => api.decline(programId, item.referralId, text.trim()))
        : decide('completed', () => api.complete(programId, item.referralId, text.trim()))),
    );
    if (ok) {
      setMode('none');
      setText('');
    }
  };

  const cancel = () => {
    focusNext.current = `[data-action="${mode}"]`;
    setText('');
    setMode('none');
    form.clear();
  };

  return (
    <div ref={box}>
      {mode !== 'none' ? (
        <form onSubmit={onSubmit} noValidate class="inline-form" aria-label={mode === 'decline' ? t('program.declineTitle') : t('program.completeTitle')}>
          <TextArea id={`${id}-${field}`} name={field} label={mode === 'decline' ? t('program.reason') : t('program.outcome')} value={text} onInput={setText} errors={form.errors} required maxLength={max} />
          <FormFooter form={form} submitLabel={mode === 'decline' ? t('program.decline') : t('program.complete')}>
            <button type="button" onClick={cancel}>{t('common.cancel')}</button>
          </FormFooter>
        </form>
      ) : (
        <div class="row-actions">
          {item.status === 'pending' && (
            <>
              <button type="button" class="primary" onClick={accept} disabled={form.busy} data-action="accept">{t('program.accept')}</button>
              <button type="button" onClick={() => open('decline')} data-action="decline">{t('program.decline')}</button>
            </>
          )}
          {/* Only a pending referral may be declined (the server refuses it once accepted): in care, only completing. */}
          {item.status === 'accepted' && (
            <button type="button" class="primary" onClick={() => open('complete')} data-action="complete">{t('program.complete')}</button>
          )}
          {form.detail && <p class="form-error" role="alert" translate={false}>{form.detail}</p>}
        </div>
      )}
    </div>
  );
}
