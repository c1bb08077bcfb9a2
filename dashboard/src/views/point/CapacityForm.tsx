import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { range } from '../../api/limits';
import { wholeNumberIn } from '../../api/rules';
import type { PointCapacity } from '../../api/types';
import { FormFooter, TextField, useForm, type FieldErrors } from '../../components/form';
import { t } from '../../i18n';

/** Shelter beds, intake desks and the usual daily arrivals (which drive the alert level). */
export function CapacityForm({ code, capacity, onDone }: { code: string; capacity: PointCapacity; onDone?: () => void }) {
  const [beds, setBeds] = useState(String(capacity.shelterBeds));
  const [desks, setDesks] = useState(String(capacity.intakeDesks));
  const [usual, setUsual] = useState(String(capacity.usualDailyArrivals ?? 0));
  const form = useForm();

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    let body: PointCapacity | null = null;
    await form.submit(
      (): FieldErrors => {
        const errors: FieldErrors = {};
        const shelterBeds = wholeNumberIn(errors, 'shelterBeds', beds, range('CapacityRequest', 'shelterBeds'));
        const intakeDesks = wholeNumberIn(errors, 'intakeDesks', desks, range('CapacityRequest', 'intakeDesks'));
        const usualDailyArrivals = wholeNumberIn(errors, 'usualDailyArrivals', usual, range('CapacityRequest', 'usualDailyArrivals'), false) ?? 0;
        body = { shelterBeds: shelterBeds ?? 0, intakeDesks: intakeDesks ?? 0, usualDailyArrivals };
        return errors;
      },
      async () => {
        await api.setCapacity(code, body!);
        onDone?.();
        return t('capacity.done');
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate class="form" aria-label={t('capacity.title')} data-testid="capacity-form">
      <div class="form-row">
        <TextField id="cap-beds" name="shelterBeds" type="number" min={0} label={t('capacity.shelterBeds')} value={beds} onInput={setBeds} errors={form.errors} required />
        <TextField id="cap-desks" name="intakeDesks" type="number" min={0} label={t('capacity.intakeDesks')} value={desks} onInput={setDesks} errors={form.errors} required />
        <TextField id="cap-usual" name="usualDailyArrivals" type="number" min={0} label={t('capacity.usualDailyArrivals')} value={usual} onInput={setUsual} errors={form.errors} />
      </div>
      <FormFooter form={form} submitLabel={t('capacity.submit')} />
    </form>
  );
}
