import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { maxLength } from '../../api/limits';
import { AGE, curpProblem, nameProblem, textTooLong, wholeNumberIn } from '../../api/rules';
import { MEXICAN_STATES, SEXES, type RegistrationCorrectionRequest, type ReturneeView, type Sex } from '../../api/types';
import { FormFooter, SelectField, TextArea, TextField, useForm, type FieldErrors } from '../../components/form';
import { parseDayFirst, toDayFirst } from '../../components/dayFirstDate';
import { t, tEnum } from '../../i18n';

/**
 * Corrects the registration (names, date of birth or age, sex, CURP, state of origin) with a reason; only the fields
 * changed are sent, and the API records the old and new values. Its refusals (a CURP that disagrees) show under the field.
 */
export function CorrectionForm({ c, onDone }: { c: ReturneeView; onDone: () => void }) {
  const [v, setV] = useState({
    givenNames: c.givenNames,
    surnames: c.surnames,
    sex: c.sex as Sex | '',
    dateOfBirth: toDayFirst(c.dateOfBirth),
    estimatedAge: c.estimatedAge == null ? '' : String(c.estimatedAge),
    curp: c.curp ?? '',
    originState: '',
    reason: '',
  });
  const form = useForm();
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const dob = parseDayFirst(v.dateOfBirth);
  const changed = (field: 'givenNames' | 'surnames', value: string) => value.trim() !== c[field];

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {};
    textTooLong(errors, 'reason', v.reason, maxLength('RegistrationCorrectionRequest', 'reason'), true);
    for (const field of ['givenNames', 'surnames'] as const) {
      const problem = changed(field, v[field]) ? nameProblem(v[field]) : null;
      if (problem) errors[field] = [problem];
    }
    if (dob === 'invalid') errors.dateOfBirth = [t('rule.dobFormat')];
    if (v.estimatedAge.trim()) wholeNumberIn(errors, 'estimatedAge', v.estimatedAge, AGE);
    const curp = v.curp.trim() && v.curp.trim().toUpperCase() !== c.curp ? curpProblem(v.curp) : null;
    if (curp) errors.curp = [curp];
    return errors;
  };

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    await form.submit(validate, async () => {
      const iso = dob && dob !== 'invalid' ? dob.iso : null;
      const age = v.estimatedAge.trim() ? Number(v.estimatedAge) : null;
      const curp = v.curp.trim().toUpperCase();
      const body: RegistrationCorrectionRequest = {
        reason: v.reason.trim(),
        givenNames: changed('givenNames', v.givenNames) ? v.givenNames.trim() : undefined,
        surnames: changed('surnames', v.surnames) ? v.surnames.trim() : undefined,
        sex: v.sex && v.sex !== c.sex ? v.sex : undefined,
        dateOfBirth: iso && iso !== c.dateOfBirth ? iso : undefined,
        estimatedAge: age !== null && age !== c.estimatedAge ? age : undefined,
        curp: curp && curp !== c.curp ? curp : undefined,
        originState: v.originState || undefined,
      };
      await api.correctRegistration(c.caseId, body);
      set({ reason: '' });
      onDone();
      return t('correction.done');
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate class="form" aria-label={t('correction.title')} data-testid="correction-form">
      <div class="form-row">
        <TextField id="cor-given" name="givenNames" label={t('arrival.givenNames')} value={v.givenNames} onInput={(x) => set({ givenNames: x })} errors={form.errors} maxLength={maxLength('RegistrationCorrectionRequest', 'givenNames')} />
        <TextField id="cor-surnames" name="surnames" label={t('arrival.surnames')} value={v.surnames} onInput={(x) => set({ surnames: x })} errors={form.errors} maxLength={maxLength('RegistrationCorrectionRequest', 'surnames')} />
        <SelectField id="cor-sex" name="sex" label={t('arrival.sex')} value={v.sex} onChange={(x) => set({ sex: x as Sex })} errors={form.errors}
          options={SEXES.map((s) => ({ value: s, label: tEnum('sex', s) }))} />
      </div>
      <div class="form-row">
        <TextField id="cor-dob" name="dateOfBirth" label={t('arrival.dateOfBirth')} value={v.dateOfBirth} onInput={(x) => set({ dateOfBirth: x })} errors={form.errors}
          inputMode="numeric" placeholder={t('arrival.dateOfBirthFormat')} hint={t('arrival.dateOfBirthHint')} maxLength={10} />
        <TextField id="cor-age" name="estimatedAge" type="number" min={AGE.min} max={AGE.max} label={t('arrival.estimatedAge')} value={v.estimatedAge} onInput={(x) => set({ estimatedAge: x })} errors={form.errors} />
        <TextField id="cor-curp" name="curp" label={t('arrival.curp')} value={v.curp} onInput={(x) => set({ curp: x })} errors={form.errors} maxLength={maxLength('RegistrationCorrectionRequest', 'curp')} />
        <SelectField id="cor-origin" name="originState" label={t('arrival.originState')} value={v.originState} onChange={(x) => set({ originState: x })} errors={form.errors} empty={t('correction.unchanged')}
          options={MEXICAN_STATES.map((s) => ({ value: s, label: s }))} />
      </div>
      <TextArea id="cor-reason" name="reason" label={t('correction.reason')} value={v.reason} onInput={(x) => set({ reason: x })} errors={form.errors}
        required hint={t('correction.reasonHint')} maxLength={maxLength('RegistrationCorrectionRequest', 'reason')} />
      <FormFooter form={form} submitLabel={t('correction.submit')} />
    </form>
  );
}
