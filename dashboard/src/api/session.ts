import { t } from '../i18n';
import { ApiError } from './problem';
import { ROLES, type Role, type TokenResponse } from './types';

// The signed-in user, kept in localStorage: one session across the browser's tabs (a desk opens a case in a new tab
// without signing in again), ended in every tab by signing out in one or by the token's expiry.

export interface Session {
  token: string;
  expiresAt: string;
  userName: string;
  role: Role;
  points: string[];
  programs: string[];
}

const KEY = 'reception.session';
const listeners = new Set<() => void>();
let current: Session | null = load();

function load(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    return Date.parse(session.expiresAt) > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  if (current && Date.parse(current.expiresAt) <= Date.now()) setSession(null);
  return current;
}

export function setSession(session: Session | null): void {
  current = session;
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

// Another tab signed in, out, or as someone else: this tab follows.
window.addEventListener('storage', (event) => {
  if (event.key !== KEY && event.key !== null) return;
  current = load();
  listeners.forEach((l) => l());
});

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The session as the token endpoint states it: the role and scopes the token carries, nothing inferred. */
export function sessionFrom(answer: TokenResponse): Session {
  const role = ROLES.find((r) => r === answer.role);
  if (!role) throw new ApiError(403, { status: 403, detail: t('error.forbidden') });
  return { token: answer.accessToken, expiresAt: answer.expiresAt, userName: answer.userName, role, points: answer.points, programs: answer.programs };
}
