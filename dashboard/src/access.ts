import type { Session } from './api/session';
import { parse, paths, type Route } from './router';

// What each role may open. The API enforces the same rules; this keeps people away from pages
// that would only answer 403.

export function homePath(session: Session): string {
  switch (session.role) {
    case 'coordinator':
      return paths.national();
    case 'pointManager':
      return session.points[0] ? paths.point(session.points[0]) : paths.national();
    case 'provider':
      return session.programs[0] ? paths.program(session.programs[0]) : paths.signin();
    case 'administrator':
      return paths.admin();
  }
}

/**
 * Where sign-in goes next: the page that was asked for (`/signin?next=/cases/…`, kept by the redirect to sign-in),
 * when it is a path of this site and the role may open it; else the role's home.
 */
export function afterSignIn(session: Session): string {
  const next = new URLSearchParams(location.search).get('next');
  if (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/signin') && mayOpen(session, parse(next.split('?')[0]))) return next;
  return homePath(session);
}

/** The sign-in page, remembering the page that was asked for. */
export function signInPath(): string {
  const asked = location.pathname + location.search;
  return asked === '/' || asked.startsWith('/signin') ? paths.signin() : `${paths.signin()}?next=${encodeURIComponent(asked)}`;
}

export function mayOpen(session: Session, route: Route): boolean {
  switch (route.name) {
    case 'national':
      return session.role === 'coordinator';
    case 'point':
    case 'pointDisplay':
      return session.role === 'coordinator' || (session.role === 'pointManager' && session.points.includes(route.code));
    case 'program':
      return session.role === 'coordinator' || (session.role === 'provider' && session.programs.includes(route.id));
    case 'search':
      return maySearch(session);
    case 'admin':
      return session.role === 'administrator';
    case 'case':
      return true; // the API decides per case (a provider sees only cases referred to it)
    case 'constancia':
      return mayPrintConstancia(session);
    case 'personExport':
      return mayExercisePersonRights(session);
    default:
      return true;
  }
}

/** Whether the user may search people (coordinators everything, managers their points). */
export const maySearch = (session: Session) => session.role === 'coordinator' || session.role === 'pointManager';

/** Whether the user may change things at the point (a coordinator only reads). */
export const mayRunPoint = (session: Session, code: string) => session.role === 'pointManager' && session.points.includes(code);
export const mayRunProgram = (session: Session, id: string) => session.role === 'provider' && session.programs.includes(id);

/** The constancia prints the person's name: whoever reads cases unredacted (the API checks the case). */
export const mayPrintConstancia = (session: Session) => session.role === 'coordinator' || session.role === 'pointManager';

/** A person's export and anonymisation on request: coordinators, the institution's responsible officers. */
export const mayExercisePersonRights = (session: Session) => session.role === 'coordinator';
