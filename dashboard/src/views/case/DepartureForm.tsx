import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { maxLength } from '../../api/limits';
import { isState, textTooLong } from '../../api/rules';
import { MEXICAN_STATES, TRANSPORT_MODES, type TransportMode } from '../../api/types';
import { addIf, FormFooter, SelectField, TextField, useForm, type FieldErrors } from '../../components/form';
import { t, tEnum } from '../../i18n';

/** Records that the person left the point for a destination. */
export function DepartureForm({ caseId, defaultState, onDone }: { caseId: string; defaultState?: string; onDone: () => void }) {
  const [state, setState] = useState(defaultState ?? '');
  const [municipality, setMunicipality] = useState('');
  const [transport, setTransport] = useState<TransportMode | ''>('');
  const form = useForm();

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    await form.submit(
      (): FieldErrors => {
        const errors: FieldErrors = {};
        addIf(errors, !isState(state), 'destinationState', t('rule.state'));
        textTooLong(errors, 'destinationMunicipality', municipality, maxLength('DepartureRequest', 'destinationMunicipality'));
        return errors;
      },
      async () => {
        await api.depart(caseId, { destinationState: state, destinationMunicipality: municipality.trim() || undefined, transport: transport || undefined });
        onDone();
        return t('departure.done');
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate class="form" aria-label={t('departure.title')} data-testid="departure-form">
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
