import { t } from '../i18n';
import { addIf, type FieldErrors } from '../components/form';
import { maxLength, patternOf, range } from './limits';
import { MEXICAN_STATES } from './types';

// Checks a form makes before sending, so the person sees every problem at once. Every limit and pattern comes
// from the API's document (limits.ts); what needs the server's data (a CURP's check digit, a companion's case)
// is left to the API, whose answer arrives worded in the dashboard's language and is shown the same way.

const NAME = patternOf('ArrivalRequest', 'givenNames');
const CURP = patternOf('ArrivalRequest', 'curp');
const CASE_ID = patternOf('ArrivalRequest', 'accompanyingCaseId');
const FAMILY_GROUP = patternOf('ArrivalRequest', 'familyGroupId');

export const AGE = range('ArrivalRequest', 'estimatedAge');

export function nameProblem(value: string): string | null {
  const trimmed = value.trim();
  const max = maxLength('ArrivalRequest', 'givenNames');
  if (!trimmed) return t('rule.required');
  if (trimmed.length > max) return t('rule.maxLength', { max });
  return NAME.test(trimmed) ? null : t('rule.nameCharacters');
}

export function curpProblem(value: string): string | null {
  const curp = value.trim().toUpperCase();
  if (curp.length !== maxLength('ArrivalRequest', 'curp')) return t('rule.curpLength');
  return CURP.test(curp) ? null : t('rule.curpFormat');
}

export const isCaseId = (value: string) => CASE_ID.test(value.trim().toUpperCase());
export const isFamilyGroupId = (value: string) => FAMILY_GROUP.test(value.trim());

export function isState(value: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').trim().toUpperCase();
  return MEXICAN_STATES.some((s) => fold(s) === fold(value));
}

export function textTooLong(errors: FieldErrors, field: string, value: string, max: number, required = false): void {
  const trimmed = value.trim();
  addIf(errors, required && !trimmed, field, t('rule.required'));
  addIf(errors, trimmed.length > max, field, t('rule.maxLength', { max }));
}

export function wholeNumberIn(errors: FieldErrors, field: string, raw: string, { min, max }: { min: number; max: number }, required = true): number | undefined {
  if (raw.trim() === '') {
    addIf(errors, required, field, t('rule.required'));
    return undefined;
  }
  const value = Number(raw);
  addIf(errors, !Number.isInteger(value) || value < min || value > max, field, t('rule.between', { min, max }));
  return value;
}
