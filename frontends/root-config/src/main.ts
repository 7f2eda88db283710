import { registerApplication, start } from 'single-spa';
import { createApp } from 'vue';
import { currentPath, currentSearch, installGraphQL, isSignedIn } from '@smg/shared';
import NotFound from './NotFound.vue';
import Shell from './Shell.vue';
import SignIn from './SignIn.vue';
import { isApplicantPath, isArchivePath, isBoardPath, isKnownPath, isManagerPath, isPolicyPath, isSignInPath, redirectFor } from './routes.js';
import { rootPage } from './vue-application.js';
import './shell.css';

/**
 * Keeps people where they may be: runs before single-spa decides which applications to mount. The shared
 * `currentPath` is set by hand: before single-spa has started a bare replaceState reaches no listener, and a signed-in
 * user opening / got their start page's application showing "Sidan finns inte".
 */
function guard() {
  const target = redirectFor(window.location);
  if (!target) return;
  // Not `navigate`: a navigation from inside single-spa's routing event routes again and mounts the application twice.
  window.history.replaceState(null, '', target);
  currentPath.value = window.location.pathname;
  currentSearch.value = window.location.search;
}
window.addEventListener('single-spa:before-routing-event', guard);
guard();

registerApplication({
  name: '@smg/sign-in',
  app: async () => rootPage(SignIn),
  activeWhen: (location) => isSignInPath(location.pathname),
});
registerApplication({
  name: '@smg/applicant',
  app: () => import('@smg/applicant'),
  activeWhen: (location) => isSignedIn() && isApplicantPath(location.pathname),
});
registerApplication({
  name: '@smg/manager',
  app: () => import('@smg/manager'),
  activeWhen: (location) => isSignedIn() && isManagerPath(location.pathname),
});
registerApplication({
  name: '@smg/policy',
  app: () => import('@smg/policy'),
  activeWhen: (location) => isSignedIn() && isPolicyPath(location.pathname),
});
registerApplication({
  name: '@smg/board',
  app: () => import('@smg/board'),
  activeWhen: (location) => isSignedIn() && isBoardPath(location.pathname),
});
registerApplication({
  name: '@smg/archivist',
  app: () => import('@smg/archivist'),
  activeWhen: (location) => isSignedIn() && isArchivePath(location.pathname),
});
registerApplication({
  name: '@smg/not-found',
  app: async () => rootPage(NotFound),
  activeWhen: (location) => !isKnownPath(location.pathname),
});

const shell = createApp(Shell);
installGraphQL(shell);
shell.mount('#smg-header');

start({ urlRerouteOnly: true });
