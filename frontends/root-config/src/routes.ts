import { SIGN_IN_PATH, homePathFor, currentUser, isApprover, isEditor, isSignedIn } from '@smg/shared';

/** Path prefixes owned by each microfrontend; the shell's navigation and the activity functions agree on them. */
export const APPLICANT_PREFIX = '/ansokningar';
export const MANAGER_PREFIX = '/beslut';
export const POLICY_PREFIX = '/riktlinjer';
export const BOARD_PREFIX = '/namnd';
export const ARCHIVE_PREFIX = '/arkiv';

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

export const isSignInPath = (path: string) => under(path, SIGN_IN_PATH);
export const isApplicantPath = (path: string) => under(path, APPLICANT_PREFIX);
export const isManagerPath = (path: string) => under(path, MANAGER_PREFIX);
export const isPolicyPath = (path: string) => under(path, POLICY_PREFIX);
export const isBoardPath = (path: string) => under(path, BOARD_PREFIX);
export const isArchivePath = (path: string) => under(path, ARCHIVE_PREFIX);
export const isKnownPath = (path: string) => path === '/' || isSignInPath(path) || isApplicantPath(path) || isManagerPath(path) || isPolicyPath(path) || isBoardPath(path) || isArchivePath(path);

/**
 * Where the browser should be instead of `location`, or null when it may stay: signed-out visitors go to the
 * sign-in page (remembering where they were headed), `/` goes to the user's start page.
 */
export function redirectFor(location: Location): string | null {
  const path = location.pathname;
  if (!isSignedIn()) {
    if (isSignInPath(path)) return null;
    const target = path === '/' ? '' : `?till=${encodeURIComponent(path + location.search)}`;
    return `${SIGN_IN_PATH}${target}`;
  }
  if (path === '/') return homePathFor(currentUser.value);
  if (isApplicantPath(path) && !isEditor() && !isApprover()) return homePathFor(currentUser.value);
  return null;
}
