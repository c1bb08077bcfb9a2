import { useEffect, useState } from 'preact/hooks';

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
  point: (code: string) => `/points/${encodeURIComponent(code)}`,
  pointDisplay: (code: string) => `/points/${encodeURIComponent(code)}/display`,
  program: (id: string) => `/programs/${encodeURIComponent(id)}`,
  case: (caseId: string) => `/cases/${encodeURIComponent(caseId)}`,
  statistics: () => '/statistics',
  search: () => '/search',
  admin: () => '/admin',
  constancia: (caseId: string) => `/cases/${encodeURIComponent(caseId)}/constancia`,
  personExport: (personId: string) => `/people/${encodeURIComponent(personId)}/export`,
  /** The public verification page a constancia's QR code opens (the API host answers index.html for it). */
  verify: (folio: string, code: string) => `/verificar/${encodeURIComponent(folio)}?c=${encodeURIComponent(code)}`,
};

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => listeners.forEach((l) => l()));

export function navigate(path: string, replace = false): void {
  if (path === location.pathname) return;
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  listeners.forEach((l) => l());
  window.scrollTo(0, 0);
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

/** An in-app link: a real <a href> (keyboard, middle-click) that navigates without reloading. */
export function onLinkClick(event: MouseEvent): void {
  const anchor = event.currentTarget as HTMLAnchorElement;
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(anchor.pathname);
}
