import { useEffect, useMemo, useState } from 'preact/hooks';
import { PRIORITIES, STAGES_PRESENT, VULNERABILITIES, type Priority, type Stage, type Vulnerability } from './api/types';

// A small history router: paths are real URLs (the API host answers index.html for them).

export type Route =
  | { name: 'signin' }
  | { name: 'home' }
  | { name: 'national' }
  | { name: 'point'; code: string }
  | { name: 'pointDisplay'; code: string }
  | { name: 'program'; id: string }
  | { name: 'case'; caseId: string }
  | { name: 'statistics' }
  | { name: 'search' }
  | { name: 'admin' }
  | { name: 'constancia'; caseId: string }
  | { name: 'personExport'; personId: string }
  | { name: 'verify'; folio: string }
  | { name: 'notFound' };

export function parse(path: string): Route {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'home' };
  if (parts[0] === 'signin' && parts.length === 1) return { name: 'signin' };
  if (parts[0] === 'national' && parts.length === 1) return { name: 'national' };
  if (parts[0] === 'points' && parts.length === 2) return { name: 'point', code: parts[1].toUpperCase() };
  if (parts[0] === 'points' && parts.length === 3 && parts[2] === 'display') return { name: 'pointDisplay', code: parts[1].toUpperCase() };
  if (parts[0] === 'programs' && parts.length === 2) return { name: 'program', id: parts[1] };
  if (parts[0] === 'cases' && parts.length === 2) return { name: 'case', caseId: parts[1] };
  if (parts[0] === 'cases' && parts.length === 3 && parts[2] === 'constancia') return { name: 'constancia', caseId: parts[1] };
  if (parts[0] === 'people' && parts.length === 3 && parts[2] === 'export') return { name: 'personExport', personId: parts[1] };
  if (parts[0] === 'verificar' && parts.length === 2) return { name: 'verify', folio: parts[1] };
  if (parts[0] === 'statistics' && parts.length === 1) return { name: 'statistics' };
  if (parts[0] === 'search' && parts.length === 1) return { name: 'search' };
  if (parts[0] === 'admin' && parts.length === 1) return { name: 'admin' };
  return { name: 'notFound' };
}

export const paths = {
  signin: () => '/signin',
  national: () => '/national',
  /** A point's view; `filter` narrows its queue (`?stage=arrived`), so a narrowed queue can be bookmarked and shared. */
  point: (code: string, filter?: Partial<QueueFilterInUrl>) => withQuery(`/points/${encodeURIComponent(code)}`, filter && queueFilterQuery(filter)),
  pointDisplay: (code: string) => `/points/${encodeURIComponent(code)}/display`,
  program: (id: string) => `/programs/${encodeURIComponent(id)}`,
  case: (caseId: string) => `/cases/${encodeURIComponent(caseId)}`,
  statistics: () => '/statistics',
  search: () => '/search',
  /**
   * The search view listing who arrived on a local day at a point or (no point) at every point: the people a "today"
   * number counts who are not all present any more, so the queue cannot show them.
   */
  arrivals: (day: string, point?: string) =>
    withQuery('/search', new URLSearchParams(point ? { point, from: day, to: day } : { from: day, to: day })),
  admin: () => '/admin',
  constancia: (caseId: string) => `/cases/${encodeURIComponent(caseId)}/constancia`,
  personExport: (personId: string) => `/people/${encodeURIComponent(personId)}/export`,
  /** The public verification page a constancia's QR code opens (the API host answers index.html for it). */
  verify: (folio: string, code: string) => `/verificar/${encodeURIComponent(folio)}?c=${encodeURIComponent(code)}`,
};

/** The part of the point view's queue filter an address holds: stage, priority, vulnerability, custody overdue. */
export interface QueueFilterInUrl {
  stage: Stage | '';
  priority: Priority | '';
  flag: Vulnerability | '';
  overdue: boolean;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' =>
  values.includes(value as T) ? (value as T) : '';

/** The queue filter an address asks for; a value the queue does not know is no filter. */
export function queueFilterFromQuery(query: URLSearchParams): QueueFilterInUrl {
  return {
    stage: oneOf(STAGES_PRESENT, query.get('stage')),
    priority: oneOf(PRIORITIES, query.get('priority')),
    flag: oneOf(VULNERABILITIES, query.get('flag')),
    overdue: query.get('custody') === 'overdue',
  };
}

/**
 * The address's query for a queue filter. The search words stay out of it: names and CURPs are personal data, and an
 * address lands in the browser's history and the host's logs.
 */
export function queueFilterQuery(f: Partial<QueueFilterInUrl>): URLSearchParams {
  const query = new URLSearchParams();
  if (f.stage) query.set('stage', f.stage);
  if (f.priority) query.set('priority', f.priority);
  if (f.flag) query.set('flag', f.flag);
  if (f.overdue) query.set('custody', 'overdue');
  return query;
}

function withQuery(path: string, query?: URLSearchParams): string {
  const text = query?.toString();
  return text ? `${path}?${text}` : path;
}

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => listeners.forEach((l) => l()));

/** Goes to `path` (which may carry a query): a new history entry, or the current one replaced. */
export function navigate(path: string, replace = false): void {
  if (path === location.pathname + location.search) return;
  // Only the query changing (a filter) keeps the reader where they are on the page.
  const samePage = path.split('?')[0] === location.pathname;
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  listeners.forEach((l) => l());
  if (!samePage) window.scrollTo(0, 0);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parse(location.pathname));
  useEffect(() => {
    const update = () => setRoute(parse(location.pathname));
    listeners.add(update);
    return () => listeners.delete(update);
  }, []);
  return route;
}

/** Changes the address's query without a new history entry (a filter narrowed on the page). */
export function replaceQuery(query: URLSearchParams): void {
  navigate(withQuery(location.pathname, query), true);
}

/** The address's query, redrawn when a navigation or the back button changes it. */
export function useQuery(): URLSearchParams {
  const [search, setSearch] = useState(() => location.search);
  useEffect(() => {
    const update = () => setSearch(location.search);
    listeners.add(update);
    return () => listeners.delete(update);
  }, []);
  return useMemo(() => new URLSearchParams(search), [search]);
}

/** An in-app link: a real <a href> (keyboard, middle-click) that navigates without reloading. */
export function onLinkClick(event: MouseEvent): void {
  const anchor = event.currentTarget as HTMLAnchorElement;
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(anchor.pathname + anchor.search);
}
