import { t } from '../i18n';
import { addIf, type FieldErrors } from '../components/form';
import { MEXICAN_STATES } from './types';

// The API's validation rules (grains/Reception.Grains/*Rules.cs), checked before sending so the
// person sees every problem at once; the API checks again and its answer is shown the same way.

export const MAX_NAME = 100;
export const MAX_AGE = 120;
export const MAX_CAPACITY = 100_000;
export const MAX_HEADCOUNT = 1000;
const NAME = /^[\p{L}\p{M} '\-./]+$/u;
const CASE_ID = /^[0-9A-HJKMNP-TV-Z]{10}$/i;
const CURP = /^[A-Z][AEIOUX][A-Z]{2}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[HMX](AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d$/;
const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

export function nameProblem(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return t('rule.required');
  if (trimmed.length > MAX_NAME) return t('rule.maxLength', { max: MAX_NAME });
  return NAME.test(trimmed) ? null : t('rule.nameCharacters');
}

export function curpProblem(value: string): string | null {
  const curp = value.trim().toUpperCase();
  if (curp.length !== 18) return t('rule.curpLength');
  if (!CURP.test(curp)) return t('rule.curpFormat');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_ALPHABET.indexOf(curp[i]) * (18 - i);
  return Number(curp[17]) === (10 - (sum % 10)) % 10 ? null : t('rule.curpCheck');
}

export const isCaseId = (value: string) => CASE_ID.test(value.trim());

export function isState(value: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').trim().toUpperCase();
  return MEXICAN_STATES.some((s) => fold(s) === fold(value));
}

export function textTooLong(errors: FieldErrors, field: string, value: string, max: number, required = false): void {
  const trimmed = value.trim();
  addIf(errors, required && !trimmed, field, t('rule.required'));
  addIf(errors, trimmed.length > max, field, t('rule.maxLength', { max }));
}

export function wholeNumberIn(errors: FieldErrors, field: string, raw: string, min: number, max: number, required = true): number | undefined {
  if (raw.trim() === '') {
    addIf(errors, required, field, t('rule.required'));
    return undefined;
  }
  const value = Number(raw);
  addIf(errors, !Number.isInteger(value) || value < min || value > max, field, t('rule.between', { min, max }));
  return value;
}
