import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { maxLength } from '../../api/limits';
import { textTooLong } from '../../api/rules';
import { FAMILY_RELATIONSHIPS, type CustodyEntry, type CustodyStepKind as CustodyStep, type Relationship } from '../../api/custody';
import { addIf, FormFooter, SelectField, TextArea, TextField, useForm, type FieldErrors } from '../../components/form';
import { formatZoneName, parseWallTime, t, tEnum, type TimeZoneId } from '../../i18n';

type Values = {
  step: CustodyStep | '';
  at: string;
  fromName: string;
  fromInstitution: string;
  toName: string;
  toInstitution: string;
  document: string;
  note: string;
  relativeName: string;
  relationship: Relationship | '';
  identityDocument: string;
};

const TEXT_FIELDS = ['fromName', 'fromInstitution', 'toName', 'toInstitution', 'document', 'note', 'relativeName', 'identityDocument'] as const;
const max = (field: (typeof TEXT_FIELDS)[number]) => maxLength('CustodyStepRequest', field);

/** Who hands over: whoever received the child last (the chain continues from its last receiver). */
function prefill(step: CustodyStep | '', last: CustodyEntry | undefined): Partial<Values> {
  const from = { fromName: last?.toName ?? '', fromInstitution: last?.toInstitution ?? '' };
  if (step === 'receivedFromForeignAuthority') return { fromName: '', fromInstitution: '', toName: '', toInstitution: 'INM' };
  if (step === 'handedToChildProtection') return { ...from, toName: '', toInstitution: 'DIF' };
  if (step === 'handoverConfirmed' && last) return { fromName: last.fromName ?? '', fromInstitution: last.fromInstitution ?? '', toName: last.toName ?? '', toInstitution: last.toInstitution ?? '' };
  if (step === 'correction' && last) return { fromName: last.fromName ?? '', fromInstitution: last.fromInstitution ?? '', toName: last.toName ?? '', toInstitution: last.toInstitution ?? '' };
  return { ...from, toName: '', toInstitution: '' };
}

const blank = (step: CustodyStep | '', last?: CustodyEntry): Values => ({
  step, at: '', fromName: '', fromInstitution: '', toName: '', toInstitution: '', document: '', note: '', relativeName: '', relationship: '', identityDocument: '',
  ...prefill(step, last),
});

/** Records the next step of the chain of custody; it offers only the steps this user's role may record now. */
export function CustodyForm({ caseId, zone, steps, last, onDone }: { caseId: string; zone: TimeZoneId | null; steps: CustodyStep[]; last?: CustodyEntry; onDone: () => void }) {
  // The step that moves the chain is offered first; a correction only when chosen.
  const [v, setV] = useState<Values>(() => blank(steps.find((s) => s !== 'correction') ?? steps[0] ?? '', last));
  const form = useForm();
  const set = (patch: Partial<Values>) => setV({ ...v, ...patch });
  const reunified = v.step === 'reunified';
  const correction = v.step === 'correction';

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {};
    addIf(errors, !v.step || !steps.includes(v.step), 'step', t('rule.required'));
    // A correction says what it corrects in its note; every other step names who hands over and who receives.
    for (const field of ['fromName', 'fromInstitution', 'toName', 'toInstitution'] as const) addIf(errors, !correction && !v[field].trim(), field, t('rule.required'));
    addIf(errors, correction && !v.note.trim(), 'note', t('rule.required'));
    for (const field of TEXT_FIELDS) textTooLong(errors, field, v[field], maxLength('CustodyStepRequest', field));
    if (v.at) {
      const typed = parseWallTime(v.at, zone);
      const at = typed === null ? Number.NaN : Date.parse(typed);
      addIf(errors, Number.isNaN(at), 'at', t('rule.required'));
      addIf(errors, at > Date.now() + 5 * 60_000, 'at', t('custody.atFuture'));
    }
    if (reunified) {
      addIf(errors, !v.relativeName.trim(), 'relativeName', t('rule.required'));
      addIf(errors, !v.relationship, 'relationship', t('rule.required'));
      addIf(errors, !v.identityDocument.trim(), 'identityDocument', t('rule.required'));
    }
    return errors;
  };

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    await form.submit(validate, async () => {
      const opt = (s: string) => s.trim() || undefined;
      await api.recordCustody(caseId, {
        step: v.step as CustodyStep,
        at: v.at ? parseWallTime(v.at, zone) ?? undefined : undefined,
        fromName: opt(v.fromName),
        fromInstitution: opt(v.fromInstitution),
        toName: opt(v.toName),
        toInstitution: opt(v.toInstitution),
        document: opt(v.document),
        note: opt(v.note),
        ...(reunified ? { relativeName: v.relativeName.trim(), relationship: v.relationship as Relationship, identityDocument: v.identityDocument.trim() } : {}),
      });
      onDone();
      return t('custody.done', { step: tEnum('custodyStep', v.step) });
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate class="form" aria-label={t('custody.record')} data-testid="custody-form">
      <div class="form-row">
        <SelectField id="cus-step" name="step" label={t('custody.nextStep')} value={v.step} onChange={(x) => setV({ ...blank(x, last), at: v.at, document: v.document, note: v.note })} errors={form.errors} required
          options={steps.map((s) => ({ value: s, label: tEnum('custodyStep', s) }))} />
        <TextField id="cus-at" name="at" type="datetime-local" label={t('custody.at')} value={v.at} onInput={(x) => set({ at: x })} errors={form.errors} hint={`${t('custody.atHint')} · ${t('common.pointClock', { zone: formatZoneName(zone) })}`} />
      </div>
      <fieldset class="field checkbox-group">
        <legend>{t('custody.from')}</legend>
        <div class="form-row">
          <TextField id="cus-from-name" name="fromName" label={t('custody.personName')} value={v.fromName} onInput={(x) => set({ fromName: x })} errors={form.errors} maxLength={max('fromName')} required={!correction} />
          <TextField id="cus-from-inst" name="fromInstitution" label={t('custody.institution')} value={v.fromInstitution} onInput={(x) => set({ fromInstitution: x })} errors={form.errors} maxLength={max('fromInstitution')} required={!correction} />
        </div>
      </fieldset>
      <fieldset class="field checkbox-group">
        <legend>{t('custody.toLegend')}</legend>
        <div class="form-row">
          <TextField id="cus-to-name" name="toName" label={t('custody.personName')} value={v.toName} onInput={(x) => set({ toName: x })} errors={form.errors} maxLength={max('toName')} required={!correction} />
          <TextField id="cus-to-inst" name="toInstitution" label={t('custody.institution')} value={v.toInstitution} onInput={(x) => set({ toInstitution: x })} errors={form.errors} maxLength={max('toInstitution')} required={!correction} />
        </div>
      </fieldset>
      {reunified && (
        <fieldset class="field checkbox-group" data-testid="custody-relative">
          <legend>{t('custody.relative')}</legend>
          <div class="form-row">
            <TextField id="cus-rel-name" name="relativeName" label={t('custody.relativeName')} value={v.relativeName} onInput={(x) => set({ relativeName: x })} errors={form.errors} maxLength={max('relativeName')} required />
            <SelectField id="cus-rel" name="relationship" label={t('custody.relationship')} value={v.relationship} onChange={(x) => set({ relationship: x })} errors={form.errors} required empty={t('common.choose')}
              options={FAMILY_RELATIONSHIPS.map((r) => ({ value: r, label: tEnum('relationship', r) }))} />
            <TextField id="cus-rel-id" name="identityDocument" label={t('custody.identityDocument')} value={v.identityDocument} onInput={(x) => set({ identityDocument: x })} errors={form.errors} maxLength={max('identityDocument')} required hint={t('custody.identityDocumentHint')} />
          </div>
        </fieldset>
      )}
      <div class="form-row">
        <TextField id="cus-doc" name="document" label={t('custody.document')} value={v.document} onInput={(x) => set({ document: x })} errors={form.errors} maxLength={max('document')} hint={t('custody.documentHint')} />
      </div>
      <TextArea id="cus-note" name="note" label={t('custody.note')} value={v.note} onInput={(x) => set({ note: x })} errors={form.errors} maxLength={max('note')} required={correction}
        hint={correction ? t('custody.correctionHint') : undefined} />
      <FormFooter form={form} submitLabel={t('custody.submit')} />
    </form>
  );
}
