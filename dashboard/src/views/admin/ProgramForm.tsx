import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { maxLength, patternOf, range } from '../../api/limits';
import { wholeNumberIn } from '../../api/rules';
import { CATEGORIES, type ProgramCategory, type ProgramDefinition, type ProgramSummary } from '../../api/types';
import { addIf, FormFooter, SelectField, TextField, useForm, type FieldErrors } from '../../components/form';
import { t, tEnum } from '../../i18n';

const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

/** Creates a program, or changes one (`program` given). Points and states are typed as comma-separated lists. */
export function ProgramForm({ program, onDone }: { program?: ProgramSummary; onDone: () => void }) {
  const [id, setId] = useState(program?.id ?? '');
  const [name, setName] = useState(program?.name ?? '');
  const [category, setCategory] = useState<ProgramCategory | ''>(program?.category ?? '');
  const [provider, setProvider] = useState(program?.provider ?? '');
  const [points, setPoints] = useState((program?.points ?? []).join(', '));
  const [states, setStates] = useState((program?.destinationStates ?? []).join(', '));
  const [capacity, setCapacity] = useState(String(program?.dailyCapacity ?? ''));
  const form = useForm();

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    let body: ProgramDefinition | null = null;
    await form.submit(
      (): FieldErrors => {
        const errors: FieldErrors = {};
        addIf(errors, !patternOf('ProgramDefinition', 'id').test(id.trim()), 'id', t('admin.idRule'));
        addIf(errors, !name.trim(), 'name', t('rule.required'));
        addIf(errors, !category, 'category', t('rule.required'));
        addIf(errors, !provider.trim(), 'provider', t('rule.required'));
        const dailyCapacity = wholeNumberIn(errors, 'dailyCapacity', capacity, range('ProgramDefinition', 'dailyCapacity'));
        body = {
          id: id.trim(), name: name.trim(), category: category || null, provider: provider.trim(),
          points: list(points).map((p) => p.toUpperCase()), destinationStates: list(states), dailyCapacity: dailyCapacity ?? null,
        };
        return errors;
      },
      async () => {
        if (program) await api.updateProgram(program.id, body!);
        else await api.createProgram(body!);
        onDone();
        return t(program ? 'admin.saved' : 'admin.created');
      },
    );
  };

  const field = (name: string) => `program-${program?.id ?? 'new'}-${name}`;
  return (
    <form onSubmit={onSubmit} noValidate class="form" aria-label={t(program ? 'admin.editProgram' : 'admin.newProgram')} data-testid={program ? 'program-edit-form' : 'program-form'}>
      <div class="form-row">
        {!program && <TextField id={field('id')} name="id" label={t('admin.id')} value={id} onInput={setId} errors={form.errors} required maxLength={maxLength('ProgramDefinition', 'id')} />}
        <TextField id={field('name')} name="name" label={t('admin.name')} value={name} onInput={setName} errors={form.errors} required maxLength={maxLength('ProgramDefinition', 'name')} />
        <SelectField id={field('category')} name="category" label={t('admin.category')} value={category} onChange={setCategory} errors={form.errors} required empty=""
          options={CATEGORIES.map((c) => ({ value: c, label: tEnum('category', c) }))} />
        <TextField id={field('provider')} name="provider" label={t('admin.provider')} value={provider} onInput={setProvider} errors={form.errors} required
          maxLength={maxLength('ProgramDefinition', 'provider')} />
      </div>
      <div class="form-row">
        <TextField id={field('points')} name="points" label={t('admin.points')} hint={t('admin.listHint')} value={points} onInput={setPoints} errors={form.errors} />
        <TextField id={field('states')} name="destinationStates" label={t('admin.states')} hint={t('admin.listHint')} value={states} onInput={setStates} errors={form.errors} />
        <TextField id={field('capacity')} name="dailyCapacity" type="number" min={0} label={t('admin.dailyCapacity')} value={capacity} onInput={setCapacity} errors={form.errors} required />
      </div>
      <FormFooter form={form} submitLabel={t(program ? 'admin.save' : 'admin.create')} />
    </form>
  );
}
