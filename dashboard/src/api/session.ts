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

/** Role names as the API may spell them ("coordinator", "pointManager", "PointManager", "manager", …). */
export function normalizeRole(role: string | undefined, userName: string): Role {
  const r = (role ?? '').toLowerCase().replace(/[^a-z]/g, '');
  if (r.includes('coordinator')) return 'coordinator';
  if (r.includes('manager')) return 'pointManager';
  if (r.includes('provider')) return 'provider';
  if (userName.startsWith('manager-')) return 'pointManager';
  if (userName.startsWith('provider-')) return 'provider';
  return 'coordinator';
}

/** Builds the session from the token answer; scopes fall back to the JWT's claims and the demo naming. */
export function sessionFrom(userName: string, answer: TokenResponse): Session {
  const claims = decodeJwt(answer.accessToken);
  const role = normalizeRole(answer.role ?? claimString(claims, 'role'), userName);
  const points = answer.points ?? claimList(claims, 'point');
  const programs = answer.programs ?? claimList(claims, 'program');
  if (role === 'pointManager' && points.length === 0 && userName.startsWith('manager-')) points.push(userName.slice(8).toUpperCase());
  if (role === 'provider' && programs.length === 0 && userName.startsWith('provider-')) programs.push(userName.slice(9));
  return { token: answer.accessToken, expiresAt: answer.expiresAt, userName, role, points, programs };
}

function decodeJwt(token: string): Record<string, unknown> {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(decodeURIComponent(escape(atob(payload)))) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function claimEntries(claims: Record<string, unknown>, needle: string): unknown[] {
  return Object.entries(claims)
    .filter(([k]) => k.toLowerCase().endsWith(needle) || k.toLowerCase().endsWith(needle + 's'))
    .flatMap(([, v]) => (Array.isArray(v) ? v : [v]));
}

function claimString(claims: Record<string, unknown>, needle: string): string | undefined {
  const value = claimEntries(claims, needle)[0];
  return typeof value === 'string' ? value : undefined;
}

function claimList(claims: Record<string, unknown>, needle: string): string[] {
  return claimEntries(claims, needle).flatMap((v) => (typeof v === 'string' ? v.split(/[ ,]+/) : [])).filter(Boolean);
}
