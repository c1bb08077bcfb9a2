import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { listLimits, maxLength, range } from '../../api/limits';
import { isState, textTooLong, wholeNumberIn } from '../../api/rules';
import {
  CATEGORIES, DOCUMENT_TYPES, EDUCATION_LEVELS, ENGLISH_LEVELS, MEXICAN_STATES, type Assessment, type DocumentType,
  type EducationLevel, type EnglishLevel, type ProgramCategory,
} from '../../api/types';
import { addIf, Checkbox, CheckboxGroup, FormFooter, SelectField, TextArea, TextField, useForm, type FieldErrors } from '../../components/form';
import { t, tEnum } from '../../i18n';

/** Records (or corrects) the needs assessment; its consent box is the person's consent to share it, as it stands now. */
export function AssessmentForm({ caseId, current, consentToShare, onDone }: { caseId: string; current?: Assessment | null; consentToShare: boolean; onDone: () => void }) {
  const [v, setV] = useState({
    educationLevel: (current?.educationLevel ?? '') as EducationLevel | '',
    occupation: current?.occupation ?? '',
    skills: current?.skills.join(', ') ?? '',
    yearsAbroad: current ? String(current.yearsAbroad) : '',
    englishLevel: (current?.englishLevel ?? '') as EnglishLevel | '',
    documentsHeld: current?.documentsHeld ?? ([] as DocumentType[]),
    destinationState: current?.destinationState ?? '',
    destinationMunicipality: current?.destinationMunicipality ?? '',
    needs: current?.needs ?? ([] as ProgramCategory[]),
    consentToShare,
    immediateNeeds: current?.immediateNeeds ?? '',
  });
  const form = useForm();
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const skills = () => v.skills.split(',').map((s) => s.trim()).filter(Boolean);

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {};
    addIf(errors, !v.educationLevel, 'educationLevel', t('rule.required'));
    addIf(errors, !v.englishLevel, 'englishLevel', t('rule.required'));
    const skillLimits = listLimits('AssessmentRequest', 'skills');
    textTooLong(errors, 'occupation', v.occupation, maxLength('AssessmentRequest', 'occupation'));
    addIf(errors, skills().length > skillLimits.maxItems, 'skills', t('rule.maxSkills', { max: skillLimits.maxItems }));
    addIf(errors, skills().some((s) => s.length > skillLimits.itemMaxLength), 'skills', t('rule.maxLength', { max: skillLimits.itemMaxLength }));
    wholeNumberIn(errors, 'yearsAbroad', v.yearsAbroad, range('AssessmentRequest', 'yearsAbroad'));
    addIf(errors, !isState(v.destinationState), 'destinationState', t('rule.state'));
    textTooLong(errors, 'destinationMunicipality', v.destinationMunicipality, maxLength('AssessmentRequest', 'destinationMunicipality'));
    textTooLong(errors, 'immediateNeeds', v.immediateNeeds, maxLength('AssessmentRequest', 'immediateNeeds'));
    return errors;
  };

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    await form.submit(validate, async () => {
      await api.assess(caseId, {
        educationLevel: v.educationLevel || null,
        occupation: v.occupation.trim() || undefined,
        skills: skills(),
        yearsAbroad: Number(v.yearsAbroad),
        englishLevel: v.englishLevel || null,
        documentsHeld: v.documentsHeld,
        destinationState: v.destinationState,
        destinationMunicipality: v.destinationMunicipality.trim() || undefined,
        needs: v.needs,
        consentToShare: v.consentToShare,
        immediateNeeds: v.immediateNeeds.trim() || undefined,
      });
      onDone();
      return t('assessment.done');
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate class="form" aria-label={t('assessment.title')} data-testid="assessment-form">
      <div class="form-row">
        <SelectField id="as-edu" name="educationLevel" label={t('assessment.educationLevel')} value={v.educationLevel} onChange={(x) => set({ educationLevel: x })} errors={form.errors} required empty={t('common.choose')}
          options={EDUCATION_LEVELS.map((x) => ({ value: x, label: tEnum('education', x) }))} />
        <SelectField id="as-eng" name="englishLevel" label={t('assessment.englishLevel')} value={v.englishLevel} onChange={(x) => set({ englishLevel: x })} errors={form.errors} required empty={t('common.choose')}
          options={ENGLISH_LEVELS.map((x) => ({ value: x, label: tEnum('english', x) }))} />
        <TextField id="as-years" name="yearsAbroad" type="number" min={range('AssessmentRequest', 'yearsAbroad').min} max={range('AssessmentRequest', 'yearsAbroad').max} label={t('assessment.yearsAbroad')} value={v.yearsAbroad} onInput={(x) => set({ yearsAbroad: x })} errors={form.errors} required />
      </div>
      <div class="form-row">
        <TextField id="as-occ" name="occupation" label={t('assessment.occupation')} value={v.occupation} onInput={(x) => set({ occupation: x })} errors={form.errors} maxLength={maxLength('AssessmentRequest', 'occupation')} />
        <TextField id="as-skills" name="skills" label={t('assessment.skills')} value={v.skills} onInput={(x) => set({ skills: x })} errors={form.errors} hint={t('assessment.skillsHint')} />
      </div>
      <div class="form-row">
        <SelectField id="as-state" name="destinationState" label={t('assessment.destinationState')} value={v.destinationState} onChange={(x) => set({ destinationState: x })} errors={form.errors} required empty={t('common.choose')}
          options={MEXICAN_STATES.map((s) => ({ value: s, label: s }))} />
        <TextField id="as-mun" name="destinationMunicipality" label={t('assessment.destinationMunicipality')} value={v.destinationMunicipality} onInput={(x) => set({ destinationMunicipality: x })} errors={form.errors} maxLength={maxLength('AssessmentRequest', 'destinationMunicipality')} />
      </div>
      <CheckboxGroup id="as-docs" name="documentsHeld" label={t('assessment.documentsHeld')} values={v.documentsHeld} onChange={(x) => set({ documentsHeld: x })} errors={form.errors}
        options={DOCUMENT_TYPES.map((d) => ({ value: d, label: tEnum('document', d) }))} />
      <CheckboxGroup id="as-needs" name="needs" label={t('assessment.needs')} values={v.needs} onChange={(x) => set({ needs: x })} errors={form.errors}
        options={CATEGORIES.map((c) => ({ value: c, label: tEnum('category', c) }))} />
      <TextArea id="as-imm" name="immediateNeeds" label={t('assessment.immediateNeeds')} value={v.immediateNeeds} onInput={(x) => set({ immediateNeeds: x })} errors={form.errors} maxLength={maxLength('AssessmentRequest', 'immediateNeeds')} />
      <Checkbox id="as-consent" label={t('assessment.consent')} checked={v.consentToShare} onChange={(x) => set({ consentToShare: x })} />
      <FormFooter form={form} submitLabel={t('assessment.submit')} />
    </form>
  );
}
