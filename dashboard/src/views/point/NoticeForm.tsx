import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { maxLength, range } from '../../api/limits';
import { textTooLong, wholeNumberIn } from '../../api/rules';
import { TRANSPORT_MODES, type TransportMode } from '../../api/types';
import { addIf, FormFooter, SelectField, TextField, useForm, type FieldErrors } from '../../components/form';
import { formatZoneName, parseWallTime, t, tEnum, type TimeZoneId } from '../../i18n';

/** Records an advance notice: a bus or a flight expected at the point, its time typed in the point's clock (`zone`). */
export function NoticeForm({ code, zone, onDone }: { code: string; zone: TimeZoneId | null; onDone?: () => void }) {
  const [expectedAt, setExpectedAt] = useState('');
  const [headcount, setHeadcount] = useState('');
  const [minors, setMinors] = useState('0');
  const [transport, setTransport] = useState<TransportMode>('bus');
  const [reference, setReference] = useState('');
  const form = useForm();

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    await form.submit(
      (): FieldErrors => {
        const errors: FieldErrors = {};
        addIf(errors, parseWallTime(expectedAt, zone) === null, 'expectedAt', t('rule.required'));
        const headcountRange = range('NoticeRequest', 'headcount');
        const count = wholeNumberIn(errors, 'headcount', headcount, headcountRange);
        wholeNumberIn(errors, 'minors', minors, { min: 0, max: count ?? headcountRange.max });
        textTooLong(errors, 'reference', reference, maxLength('NoticeRequest', 'reference'));
        return errors;
      },
      async () => {
        const notice = await api.addNotice(code, {
          expectedAt: parseWallTime(expectedAt, zone)!,
          headcount: Number(headcount),
          minors: Number(minors || 0),
          transport,
          reference: reference.trim() || null,
        });
        setExpectedAt('');
        setHeadcount('');
        setMinors('0');
        setReference('');
        onDone?.();
        return t('notice.done', { id: notice.id });
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate class="form" aria-label={t('notice.title')} data-testid="notice-form">
      <div class="form-row">
        <TextField id="not-at" name="expectedAt" type="datetime-local" label={t('notices.expectedAt')} value={expectedAt} onInput={setExpectedAt} errors={form.errors} required
          hint={t('common.pointClock', { zone: formatZoneName(zone) })} />
        <SelectField id="not-transport" name="transport" label={t('notices.transport')} value={transport} onChange={(x) => setTransport(x as TransportMode)} errors={form.errors}
          options={TRANSPORT_MODES.map((m) => ({ value: m, label: tEnum('transport', m) }))} />
      </div>
      <div class="form-row">
        <TextField id="not-count" name="headcount" type="number" min={range('NoticeRequest', 'headcount').min} max={range('NoticeRequest', 'headcount').max} label={t('notices.headcount')} value={headcount} onInput={setHeadcount} errors={form.errors} required />
        <TextField id="not-minors" name="minors" type="number" min={0} label={t('notices.minors')} value={minors} onInput={setMinors} errors={form.errors} />
        <TextField id="not-ref" name="reference" label={t('notices.reference')} value={reference} onInput={setReference} errors={form.errors} maxLength={maxLength('NoticeRequest', 'reference')} hint={t('notice.referenceHint')} />
      </div>
      <FormFooter form={form} submitLabel={t('notice.submit')} />
    </form>
  );
}
