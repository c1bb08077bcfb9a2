import { t } from '../i18n';
import { ApiError } from './problem';
import type { Role, TokenResponse } from './types';

// The signed-in user, kept in sessionStorage: one tab, gone when it closes.

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
    const raw = sessionStorage.getItem(KEY);
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
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const ROLES: readonly Role[] = ['coordinator', 'pointManager', 'provider', 'administrator'];

/** The session as the token endpoint states it: the role and scopes the token carries, nothing inferred. */
export function sessionFrom(answer: TokenResponse): Session {
  const role = ROLES.find((r) => r === answer.role);
  if (!role) throw new ApiError(403, { status: 403, detail: t('error.forbidden') });
  return { token: answer.accessToken, expiresAt: answer.expiresAt, userName: answer.userName, role, points: answer.points, programs: answer.programs };
}
