import { toApiError } from './problem';
import { getSession, setSession } from './session';
import { getLang } from '../i18n';

// The statistics routes (issue #15): JSON for the views, and the files the API lays out itself (the bulletin's
// CSV and XLSX). Kept apart from client.ts so the statistics view brings its own requests when it is loaded.

export interface StatisticsQuery {
  from: string;
  to: string;
  point?: string;
  interval?: 'day' | 'week' | 'month';
  destinationState?: string;
}

export type StatisticsReport = 'bulletin' | 'flows' | 'needs' | 'profile' | 'care';

function query(params: StatisticsQuery & { format?: 'csv' | 'xlsx' }): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, String(value));
  return search.toString();
}

async function get(path: string, accept: string): Promise<Response> {
  const session = getSession();
  const response = await fetch(path, {
    headers: { Accept: accept, 'Accept-Language': getLang(), ...(session ? { Authorization: `Bearer ${session.token}` } : {}) },
  });
  if (response.status === 401 && session) setSession(null);
  if (!response.ok) throw await toApiError(response);
  return response;
}

/** A statistics report as JSON. */
export async function statistics<T>(report: StatisticsReport, params: StatisticsQuery): Promise<T> {
  const response = await get(`/api/statistics/${report}?${query(params)}`, 'application/json');
  return (await response.json()) as T;
}

/** A report as the file the API writes (`format=csv|xlsx`), with the name the API gives it (or `fallback`). */
export async function statisticsFile(report: StatisticsReport, params: StatisticsQuery, format: 'csv' | 'xlsx', fallback: string): Promise<{ blob: Blob; name: string }> {
  const accept = format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const response = await get(`/api/statistics/${report}?${query({ ...params, format })}`, accept);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const named = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  return { blob: await response.blob(), name: named ? decodeURIComponent(named) : fallback };
}

/** Hands a file to the browser's downloads (an object URL on a temporary link; no inline script, no new page). */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
