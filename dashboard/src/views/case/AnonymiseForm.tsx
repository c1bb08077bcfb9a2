import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { addIf, Checkbox, FormFooter, SelectField, useForm, type FieldErrors } from '../../components/form';
import { t, tEnum } from '../../i18n';

type Reason = 'cancellation' | 'opposition';
type Requester = 'person' | 'representative';

/** The person's cancellation or opposition: anonymises every (closed) case of theirs, once confirmed. */
export function AnonymiseForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const [reason, setReason] = useState<Reason | ''>('');
  const [requestedBy, setRequestedBy] = useState<Requester>('person');
  const [confirmed, setConfirmed] = useState(false);
  const form = useForm();

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    await form.submit(
      (): FieldErrors => {
        const errors: FieldErrors = {};
        addIf(errors, !reason, 'reason', t('anonymise.reasonRequired'));
        addIf(errors, !confirmed, 'confirm', t('anonymise.confirmRequired'));
        return errors;
      },
      async () => {
        await api.anonymisePerson(personId, { reason: reason as Reason, requestedBy });
        onDone();
        return t('anonymise.done');
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate class="form" aria-label={t('anonymise.title')} data-testid="anonymise-form">
      <p class="muted">{t('anonymise.explain')}</p>
      <div class="form-row">
        <SelectField id="anon-reason" name="reason" label={t('anonymise.reason')} value={reason} onChange={setReason} errors={form.errors} required empty={t('common.choose')}
          options={(['cancellation', 'opposition'] as const).map((r) => ({ value: r, label: tEnum('anonymisationReason', r) }))} />
        <SelectField id="anon-requester" name="requestedBy" label={t('anonymise.requestedBy')} value={requestedBy} onChange={setRequestedBy} errors={form.errors}
          options={(['person', 'representative'] as const).map((r) => ({ value: r, label: tEnum('requester', r) }))} />
      </div>
      <Checkbox id="anon-confirm" label={t('anonymise.confirm')} checked={confirmed} onChange={setConfirmed} />
      <FormFooter form={form} submitLabel={t('anonymise.submit')} />
    </form>
  );
}
