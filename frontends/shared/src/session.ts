import { computed, shallowRef } from 'vue';
import { roleLabel, type Role } from '@smg/domain';
import type { MeQuery } from './gql/graphql.js';

/** The signed-in person as the API describes them (`me` / `devSignIn.user`). */
export type SessionUser = MeQuery['me'];

interface StoredSession {
  token: string;
  user: SessionUser;
}

/**
 * sessionStorage rather than localStorage: the token dies with the tab, and two tabs can be signed in as two
 * demo users side by side (handy when one person plays editor and approver).
 */
const STORAGE_KEY = 'smg.session';

/** Roles that decide on or are consulted about plans; they work in the manager microfrontend. */
export const APPROVER_ROLES: readonly Role[] = ['UNIT_MANAGER', 'HEAD_OF_ADMINISTRATION', 'COMMUNICATIONS'];

export const SIGN_IN_PATH = '/logga-in';

function readStored(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredSession;
    return parsed.token && !tokenExpired(parsed.token) ? parsed : null;
  } catch {
    return null;
  }
}

/** Reads `exp` without verifying: the API verifies; the browser only avoids sending a token it knows is dead. */
function tokenExpired(token: string): boolean {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return typeof payload.exp === 'number' && payload.exp * 1000 <= Date.now();
  } catch {
    return true;
  }
}

const session = shallowRef<StoredSession | null>(readStored());

/** Reactive: every microfrontend sees the same signed-in user because they share this module. */
export const currentUser = computed<SessionUser | null>(() => session.value?.user ?? null);

export function getToken(): string | null {
  const stored = session.value;
  if (!stored) return null;
  if (tokenExpired(stored.token)) {
    session.value = null;
    sessionStorage.removeItem(STORAGE_KEY);
    return null;
  }
  return stored.token;
}

export function isSignedIn(): boolean {
  return getToken() !== null;
}

export function signIn(token: string, user: SessionUser): void {
  const stored: StoredSession = { token, user };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
  session.value = stored;
}

/**
 * A full page load to the sign-in page, so nothing of the previous user (GraphQL cache, mounted apps, form
 * state) survives into the next session.
 */
export function signOut(reason?: 'expired'): void {
  sessionStorage.removeItem(STORAGE_KEY);
  session.value = null;
  window.location.assign(reason === 'expired' ? `${SIGN_IN_PATH}?utgangen=1` : SIGN_IN_PATH);
}

export function rolesOf(user: SessionUser | null | undefined): Role[] {
  return [...new Set((user?.roles ?? []).map((r) => r.role))];
}

export function hasRole(role: Role, user: SessionUser | null = currentUser.value): boolean {
  return rolesOf(user).includes(role);
}

export function hasAnyRole(roles: readonly Role[], user: SessionUser | null = currentUser.value): boolean {
  return rolesOf(user).some((r) => roles.includes(r));
}

export function isApprover(user: SessionUser | null = currentUser.value): boolean {
  return hasAnyRole(APPROVER_ROLES, user);
}

export function isEditor(user: SessionUser | null = currentUser.value): boolean {
  return hasRole('EDITOR', user);
}

/**
 * Where a user lands after signing in: their decisions if they have any to make, else their applications;
 * the board secretary their board decisions; everyone else who may read (archivist, auditor) the read-only overview.
 */
export function homePathFor(user: SessionUser | null = currentUser.value): string {
  if (!user) return SIGN_IN_PATH;
  if (isApprover(user)) return '/beslut';
  if (isEditor(user)) return '/ansokningar';
  if (hasRole('BOARD_SECRETARY', user)) return '/namnd';
  if (hasRole('ARCHIVIST', user)) return '/arkiv';
  return '/beslut/alla';
}

/** "Redaktör, Kultur och fritid" – a role assignment as people say it. */
export function describeRole(assignment: SessionUser['roles'][number]): string {
  const scope = assignment.unit?.name ?? assignment.administration?.name;
  return scope ? `${roleLabel[assignment.role]}, ${scope}` : roleLabel[assignment.role];
}

/**
 * Units the user may apply for: assigned directly, or through an administration-wide (or municipality-wide)
 * assignment. Mirrors the domain's `unit` reach for OPENING_APPLY; the API decides in the end.
 */
export function unitsUserMayApplyFor<U extends { id: string; administration: { id: string } }>(
  units: readonly U[],
  user: SessionUser | null = currentUser.value,
): U[] {
  const assignments = (user?.roles ?? []).filter((r) => ['EDITOR', 'UNIT_MANAGER', 'COMMUNICATIONS'].includes(r.role));
  return units.filter((unit) =>
    assignments.some((a) => {
      if (a.role === 'UNIT_MANAGER') return a.unit?.id === unit.id;
      if (!a.unit && !a.administration) return true;
      return a.unit?.id === unit.id || a.administration?.id === unit.administration.id;
    }),
  );
}
