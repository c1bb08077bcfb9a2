import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { maxLength } from '../../api/limits';
import { textTooLong } from '../../api/rules';
import type { ProgramQueueItem } from '../../api/types';
import { FormFooter, TextArea, useForm, type FieldErrors } from '../../components/form';
import { t } from '../../i18n';

type Mode = 'none' | 'decline' | 'complete';

/** Accept, decline with a reason, or complete with an outcome: the provider's three decisions. */
export function ReferralActions({ programId, item, onDone }: { programId: string; item: ProgramQueueItem; onDone: () => void }) {
  const [mode, setMode] = useState<Mode>('none');
  const [text, setText] = useState('');
  const form = useForm();
  const id = `ref-${item.referralId}`;
  const field = mode === 'decline' ? 'reason' : 'outcome';
  const max = mode === 'decline' ? maxLength('DeclineRequest', 'reason') : maxLength('CompleteRequest', 'outcome');

  const accept = () => form.submit(() => ({}), async () => {
    await api.accept(programId, item.referralId);
    onDone();
    return t('program.accepted');
  });

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const ok = await form.submit(
      (): FieldErrors => {
        const errors: FieldErrors = {};
        textTooLong(errors, field, text, max, true);
        return errors;
      },
      async () => {
        if (mode === 'decline') await api.decline(programId, item.referralId, text.trim());
        else await api.complete(programId, item.referralId, text.trim());
        onDone();
        return mode === 'decline' ? t('program.declined') : t('program.completed');
      },
    );
    if (ok) {
      setMode('none');
      setText('');
    }
  };

  if (mode !== 'none') {
    return (
      <form onSubmit={onSubmit} noValidate class="inline-form" aria-label={mode === 'decline' ? t('program.declineTitle') : t('program.completeTitle')}>
        <TextArea id={`${id}-${field}`} name={field} label={mode === 'decline' ? t('program.reason') : t('program.outcome')} value={text} onInput={setText} errors={form.errors} required maxLength={max} />
        <FormFooter form={form} submitLabel={mode === 'decline' ? t('program.decline') : t('program.complete')}>
          <button type="button" onClick={() => { setMode('none'); form.clear(); }}>{t('common.cancel')}</button>
        </FormFooter>
      </form>
    );
  }

  return (
    <div class="row-actions">
      {item.status === 'pending' && (
        <>
          <button type="button" class="primary" onClick={accept} disabled={form.busy} data-action="accept">{t('program.accept')}</button>
          <button type="button" onClick={() => setMode('decline')} data-action="decline">{t('program.decline')}</button>
        </>
      )}
      {item.status === 'accepted' && (
        <>
          <button type="button" class="primary" onClick={() => setMode('complete')} data-action="complete">{t('program.complete')}</button>
          <button type="button" onClick={() => setMode('decline')} data-action="decline">{t('program.decline')}</button>
        </>
      )}
      {form.detail && <p class="form-error" role="alert" translate={false}>{form.detail}</p>}
      {form.done && <p class="form-done" role="status">{form.done}</p>}
    </div>
  );
}
