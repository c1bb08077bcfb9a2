import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError, problemText } from '../api/problem';
import { t } from '../i18n';

// Forms: each field shows its own messages (ours, checked as the API checks them, or the API's
// problem details) under it, linked with aria-describedby; the form's `detail` shows above the button.

export type FieldErrors = Record<string, string[]>;

export interface FormState {
  errors: FieldErrors;
  detail: string | null;
  busy: boolean;
  done: string | null;
  /** Runs `action` unless `validate` found problems; shows the API's problem details on failure. */
  submit(validate: () => FieldErrors, action: () => Promise<string | null>): Promise<boolean>;
  clear(): void;
}

export function useForm(): FormState {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [detail, setDetail] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return {
    errors, detail, busy, done,
    clear() {
      setErrors({});
      setDetail(null);
      setDone(null);
    },
    async submit(validate, action) {
      setDone(null);
      const found = validate();
      if (Object.keys(found).length > 0) {
        setErrors(found);
        setDetail(t('form.fixErrors'));
        focusFirstInvalid();
        return false;
      }
      setErrors({});
      setDetail(null);
      setBusy(true);
      const origin = document.activeElement;
      try {
        setDone(await action());
        keepFocusNear(origin);
        return true;
      } catch (e) {
        if (e instanceof ApiError) {
          setErrors(e.fieldErrors());
          setDetail(problemText(e));
          focusFirstInvalid();
        } else {
          setDetail(t('error.network'));
        }
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}

// After a command succeeded the control used may be gone (its row answered, its form closed) or disabled while busy,
// which leaves focus on the page's body: a keyboard or screen-reader user would start again from the top. Focus goes
// back to that control if it is still there, else to the heading of the section it was in. The view may place focus
// itself (the next card, a dialog): this only acts while focus is on the body, checked as the view settles (a reload
// after the command can remove the control a moment later).
const FOCUS_CHECKS_MS = [0, 400, 1500];

function keepFocusNear(origin: Element | null) {
  if (!(origin instanceof HTMLElement) || origin === document.body) return;
  const section = origin.closest('section');
  for (const delay of FOCUS_CHECKS_MS) {
    setTimeout(() => {
      const active = document.activeElement;
      if (active && active !== document.body) return;
      if (origin.isConnected && !origin.hasAttribute('disabled')) {
        origin.focus();
        return;
      }
      const heading = section?.isConnected ? section.querySelector<HTMLElement>('h2, h3') : null;
      if (!heading) return;
      heading.tabIndex = -1;
      heading.focus();
    }, delay);
  }
}

function focusFirstInvalid() {
  setTimeout(() => (document.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus(), 0);
}

interface FieldProps {
  id: string;
  name: string;
  label: string;
  errors: FieldErrors;
  hint?: string;
  required?: boolean;
}

function describedBy(id: string, errors: string[] | undefined, hint?: string) {
  return [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function Messages({ id, name, errors, hint }: { id: string; name: string; errors: FieldErrors; hint?: string }) {
  const list = errors[name];
  return (
    <>
      {hint && <span id={`${id}-hint`} class="hint">{hint}</span>}
      {list?.length ? (
        <span id={`${id}-error`} class="field-error" data-field-error={name}>
          {list.map((m) => <span key={m} translate={false}>{m} </span>)}
        </span>
      ) : null}
    </>
  );
}

export function TextField(props: FieldProps & { value: string; onInput: (v: string) => void; type?: string; maxLength?: number; min?: number; max?: number; autoComplete?: string; inputMode?: 'numeric' | 'text'; placeholder?: string }) {
  const { id, name, label, errors, hint, required, value, onInput, type = 'text', maxLength, min, max, autoComplete, inputMode, placeholder } = props;
  return (
    <div class="field">
      <label for={id}>{label}{required && <span aria-hidden="true"> *</span>}</label>
      <input id={id} name={name} type={type as "text"} value={value} required={required} maxLength={maxLength} min={min} max={max} inputMode={inputMode} placeholder={placeholder}
        autoComplete={autoComplete ?? 'off'} aria-invalid={errors[name]?.length ? 'true' : undefined}
        aria-describedby={describedBy(id, errors[name], hint)}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)} />
      <Messages id={id} name={name} errors={errors} hint={hint} />
    </div>
  );
}

export function TextArea(props: FieldProps & { value: string; onInput: (v: string) => void; maxLength?: number }) {
  const { id, name, label, errors, hint, required, value, onInput, maxLength } = props;
  return (
    <div class="field">
      <label for={id}>{label}{required && <span aria-hidden="true"> *</span>}</label>
      <textarea id={id} name={name} value={value} required={required} maxLength={maxLength} rows={2}
        aria-invalid={errors[name]?.length ? 'true' : undefined} aria-describedby={describedBy(id, errors[name], hint)}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)} />
      <Messages id={id} name={name} errors={errors} hint={hint} />
    </div>
  );
}

export function SelectField<T extends string>(props: FieldProps & { value: T | ''; onChange: (v: T) => void; options: { value: T; label: string }[]; empty?: string }) {
  const { id, name, label, errors, hint, required, value, onChange, options, empty } = props;
  return (
    <div class="field">
      <label for={id}>{label}{required && <span aria-hidden="true"> *</span>}</label>
      <select id={id} name={name} value={value} required={required} aria-invalid={errors[name]?.length ? 'true' : undefined}
        aria-describedby={describedBy(id, errors[name], hint)} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as T)}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      <Messages id={id} name={name} errors={errors} hint={hint} />
    </div>
  );
}

export function CheckboxGroup<T extends string>(props: FieldProps & { values: readonly T[]; onChange: (v: T[]) => void; options: { value: T; label: string }[] }) {
  const { id, name, label, errors, hint, values, onChange, options } = props;
  return (
    <fieldset class="field checkbox-group" aria-describedby={describedBy(id, errors[name], hint)}>
      <legend>{label}</legend>
      <div class="checkbox-grid">
        {options.map((o) => (
          <label key={o.value} class="checkbox">
            <input type="checkbox" name={name} value={o.value} checked={values.includes(o.value)}
              aria-invalid={errors[name]?.length ? 'true' : undefined}
              onChange={(e) => {
                const checked = (e.currentTarget as HTMLInputElement).checked;
                onChange(checked ? [...values, o.value] : values.filter((v) => v !== o.value));
              }} />
            {o.label}
          </label>
        ))}
      </div>
      <Messages id={id} name={name} errors={errors} hint={hint} />
    </fieldset>
  );
}

export function Checkbox({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div class="field">
      <label class="checkbox" for={id}>
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
        {label}
      </label>
    </div>
  );
}

/** The form's summary line (problem `detail` or success) and its submit button. */
export function FormFooter({ form, submitLabel, children }: { form: FormState; submitLabel: string; children?: ComponentChildren }) {
  return (
    <div class="form-footer">
      {form.detail && <p class="form-error" role="alert" translate={false}>{form.detail}</p>}
      {form.done && <p class="form-done" role="status">{form.done}</p>}
      <div class="form-buttons">
        <button type="submit" class="primary" disabled={form.busy} aria-busy={form.busy ? 'true' : undefined}>{submitLabel}</button>
        {children}
      </div>
    </div>
  );
}

/** Adds `message` to `field` in `errors` when `condition` holds (mirrors the API's FieldErrors.AddIf). */
export function addIf(errors: FieldErrors, condition: boolean, field: string, message: string): void {
  if (condition) (errors[field] ??= []).push(message);
}
