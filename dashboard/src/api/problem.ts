import { t } from '../i18n';
// RFC 9457 problem details as the API returns them, kept whole so forms can show `detail`
// and each field's messages next to the field.

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** Field errors keyed by the form's field names (the API's keys are camelCase; some hosts send PascalCase or `$.path`). */
  fieldErrors(): Record<string, string[]> {
    const result: Record<string, string[]> = {};
    for (const [key, messages] of Object.entries(this.problem.errors ?? {})) {
      const name = key.replace(/^\$\.?/, '');
      const field = name.length ? name[0].toLowerCase() + name.slice(1) : '';
      result[field] = [...(result[field] ?? []), ...messages];
    }
    return result;
  }
}

/** Reads a failed response into an ApiError (problem+json, plain JSON or text). */
export async function toApiError(response: Response): Promise<ApiError> {
  let problem: ProblemDetails = {};
  const text = await response.text().catch(() => '');
  if (text) {
    try {
      problem = JSON.parse(text) as ProblemDetails;
    } catch {
      problem = { detail: text.slice(0, 500) };
    }
  }
  problem.status ??= response.status;
  return new ApiError(response.status, problem);
}

/** What to tell the person about a failed request: the API's own words when it answered, else a network failure. */
export function problemText(e: unknown): string {
  return e instanceof ApiError ? (e.problem.detail ?? e.problem.title ?? t('error.request', { status: e.status })) : t('error.network');
}
