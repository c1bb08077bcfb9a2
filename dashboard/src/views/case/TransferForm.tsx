import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { maxLength } from '../../api/limits';
import { textTooLong } from '../../api/rules';
import type { ReferralView } from '../../api/types';
import { FormFooter, TextArea, TextField, type FieldErrors } from '../../components/form';
import { t } from '../../i18n';
import { ExitConfirmation, useExitForm } from './ExitConfirmation';

/** Hands the person over to an institution (a hospital, a shelter, the DIF), after the same confirmation as a departure. */
export function TransferForm({ caseId, personName, referrals, onDone }: { caseId: string; personName: string; referrals: ReferralView[]; onDone: () => void }) {
  const [institution, setInstitution] = useState('');
  const [note, setNote] = useState('');
  const exit = useExitForm(() => {
    const errors: FieldErrors = {};
    textTooLong(errors, 'institution', institution, maxLength('TransferRequest', 'institution'), true);
    textTooLong(errors, 'note', note, maxLength('TransferRequest', 'note'));
    return errors;
  }, () => api.transfer(caseId, { institution: institution.trim(), note: note.trim() || undefined }), t('transfer.done'), onDone);
  const form = exit.form;

  if (exit.confirming) {
    return <ExitConfirmation question={t('transfer.confirm', { name: personName, institution: institution.trim() })} referrals={referrals}
      confirmLabel={t('transfer.confirmButton')} form={form} onConfirm={exit.confirm} onBack={exit.back} />;
  }

  return (
    <form onSubmit={exit.ask} noValidate class="form" aria-label={t('transfer.title')} data-testid="transfer-form">
      <TextField id="tr-institution" name="institution" label={t('transfer.institution')} value={institution} onInput={setInstitution} errors={form.errors} required
        hint={t('transfer.institutionHint')} maxLength={maxLength('TransferRequest', 'institution')} />
      <TextArea id="tr-note" name="note" label={t('transfer.note')} value={note} onInput={setNote} errors={form.errors} maxLength={maxLength('TransferRequest', 'note')} />
      <FormFooter form={form} submitLabel={t('transfer.submit')} />
    </form>
  );
}
