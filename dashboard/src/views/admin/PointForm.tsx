import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { maxLength, patternOf, range } from '../../api/limits';
import { wholeNumberIn } from '../../api/rules';
import { MEXICAN_STATES, POINT_KINDS, type PointDefinition, type PointKind, type PointSummary } from '../../api/types';
import { addIf, FormFooter, SelectField, TextField, useForm, type FieldErrors } from '../../components/form';
import { t, tEnum } from '../../i18n';

/** Creates a point, or changes one (`point` given): the fields the API lists, plus the time zone. */
export function PointForm({ point, onDone }: { point?: PointSummary; onDone: () => void }) {
  const [code, setCode] = useState(point?.code ?? '');
  const [name, setName] = useState(point?.name ?? '');
  const [city, setCity] = useState(point?.city ?? '');
  const [state, setState] = useState<string>(point?.state ?? '');
  const [kind, setKind] = useState<PointKind | ''>(point?.kind ?? 'landCrossing');
  const [timeZone, setTimeZone] = useState(point?.timeZone ?? '');
  const [beds, setBeds] = useState(String(point?.capacity.shelterBeds ?? ''));
  const [desks, setDesks] = useState(String(point?.capacity.intakeDesks ?? ''));
  const [usual, setUsual] = useState(String(point?.capacity.usualDailyArrivals ?? ''));
  const form = useForm();

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    let body: PointDefinition | null = null;
    await form.submit(
      (): FieldErrors => {
        const errors: FieldErrors = {};
        addIf(errors, !patternOf('PointDefinition', 'code').test(code.trim().toUpperCase()), 'code', t('admin.codeRule'));
        addIf(errors, !name.trim(), 'name', t('rule.required'));
        addIf(errors, !city.trim(), 'city', t('rule.required'));
        addIf(errors, !state, 'state', t('rule.required'));
        addIf(errors, !timeZone.trim(), 'timeZone', t('rule.required'));
        const shelterBeds = wholeNumberIn(errors, 'capacity.shelterBeds', beds, range('CapacityDefinition', 'shelterBeds'));
        const intakeDesks = wholeNumberIn(errors, 'capacity.intakeDesks', desks, range('CapacityDefinition', 'intakeDesks'));
        const usualDailyArrivals = wholeNumberIn(errors, 'capacity.usualDailyArrivals', usual, range('CapacityDefinition', 'usualDailyArrivals'), false);
        body = {
          code: code.trim().toUpperCase(), name: name.trim(), city: city.trim(), state, kind: kind || null, timeZone: timeZone.trim(),
          capacity: { shelterBeds: shelterBeds ?? null, intakeDesks: intakeDesks ?? null, usualDailyArrivals: usualDailyArrivals ?? null },
        };
        return errors;
      },
      async () => {
        if (point) await api.updatePoint(point.code, body!);
        else await api.createPoint(body!);
        onDone();
        return t(point ? 'admin.saved' : 'admin.created');
      },
    );
  };

  const id = (field: string) => `point-${point?.code ?? 'new'}-${field}`;
  return (
    <form onSubmit={onSubmit} noValidate class="form" aria-label={t(point ? 'admin.editPoint' : 'admin.newPoint')} data-testid={point ? 'point-edit-form' : 'point-form'}>
      <div class="form-row">
        {!point && <TextField id={id('code')} name="code" label={t('admin.code')} value={code} onInput={setCode} errors={form.errors} required maxLength={8} />}
        <TextField id={id('name')} name="name" label={t('admin.name')} value={name} onInput={setName} errors={form.errors} required maxLength={maxLength('PointDefinition', 'name')} />
        <TextField id={id('city')} name="city" label={t('admin.city')} value={city} onInput={setCity} errors={form.errors} required maxLength={maxLength('PointDefinition', 'city')} />
        <SelectField id={id('state')} name="state" label={t('admin.state')} value={state} onChange={setState} errors={form.errors} required empty=""
          options={MEXICAN_STATES.map((s) => ({ value: s, label: s }))} />
      </div>
      <div class="form-row">
        <SelectField id={id('kind')} name="kind" label={t('admin.kind')} value={kind} onChange={setKind} errors={form.errors} required
          options={POINT_KINDS.map((k) => ({ value: k, label: tEnum('pointKind', k) }))} />
        <TextField id={id('timeZone')} name="timeZone" label={t('admin.timeZone')} value={timeZone} onInput={setTimeZone} errors={form.errors} required
          placeholder="America/Tijuana" maxLength={maxLength('PointDefinition', 'timeZone')} />
        <TextField id={id('beds')} name="capacity.shelterBeds" type="number" min={0} label={t('capacity.shelterBeds')} value={beds} onInput={setBeds} errors={form.errors} required />
        <TextField id={id('desks')} name="capacity.intakeDesks" type="number" min={0} label={t('capacity.intakeDesks')} value={desks} onInput={setDesks} errors={form.errors} required />
        <TextField id={id('usual')} name="capacity.usualDailyArrivals" type="number" min={0} label={t('capacity.usualDailyArrivals')} value={usual} onInput={setUsual} errors={form.errors} />
      </div>
      <FormFooter form={form} submitLabel={t(point ? 'admin.save' : 'admin.create')} />
    </form>
  );
}
