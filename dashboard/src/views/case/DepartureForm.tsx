import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { maxLength } from '../../api/limits';
import { isState, textTooLong } from '../../api/rules';
import { MEXICAN_STATES, TRANSPORT_MODES, type ReferralView, type TransportMode } from '../../api/types';
import { addIf, FormFooter, SelectField, TextField, type FieldErrors } from '../../components/form';
import { t, tEnum } from '../../i18n';
import { ExitConfirmation, useExitForm } from './ExitConfirmation';

/**
 * Records that the person left the point for a destination, after a confirmation that names them and the open
 * referrals the departure cancels (it cannot be undone). Pre-filled with the assessment's destination.
 */
export function DepartureForm({ caseId, personName, referrals, defaultState, onDone }: {
  caseId: string; personName: string; referrals: ReferralView[]; defaultState?: string; onDone: () => void;
}) {
  const [state, setState] = useState(defaultState ?? '');
  const [municipality, setMunicipality] = useState('');
  const [transport, setTransport] = useState<TransportMode | ''>('');
  const exit = useExitForm(() => {
    const errors: FieldErrors = {};
    addIf(errors, !isState(state), 'destinationState', t('rule.state'));
    textTooLong(errors, 'destinationMunicipality', municipality, maxLength('DepartureRequest', 'destinationMunicipality'));
    return errors;
  }, () => api.depart(caseId, { destinationState: state, destinationMunicipality: municipality.trim() || undefined, transport: transport || undefined }),
  t('departure.done'), onDone);
  const form = exit.form;

  if (exit.confirming) {
    return <ExitConfirmation question={t('departure.confirm', { name: personName, state })} referrals={referrals} confirmLabel={t('departure.confirmButton')}
      form={form} onConfirm={exit.confirm} onBack={exit.back} />;
  }

  return (
    <form onSubmit={exit.ask} noValidate class="form" aria-label={t('departure.title')} data-testid="departure-form">
      <div class="form-row">
        <SelectField id="dep-state" name="destinationState" label={t('assessment.destinationState')} value={state} onChange={setState} errors={form.errors} required empty={t('common.choose')}
          options={MEXICAN_STATES.map((s) => ({ value: s, label: s }))} />
        <TextField id="dep-mun" name="destinationMunicipality" label={t('assessment.destinationMunicipality')} value={municipality} onInput={setMunicipality} errors={form.errors} maxLength={maxLength('DepartureRequest', 'destinationMunicipality')} />
        <SelectField id="dep-transport" name="transport" label={t('arrival.transport')} value={transport} onChange={setTransport} errors={form.errors} empty={t('common.notStated')}
          options={TRANSPORT_MODES.map((m) => ({ value: m, label: tEnum('transport', m) }))} />
      </div>
      <FormFooter form={form} submitLabel={t('departure.submit')} />
    </form>
  );
}
