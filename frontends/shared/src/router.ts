import { ref } from 'vue';

/**
 * Path-based routing shared by the root config and the microfrontends. single-spa patches `pushState` and
 * re-dispatches `popstate`, so one listener keeps `currentPath` right for both links and back/forward.
 */
export const currentPath = ref(window.location.pathname);
export const currentSearch = ref(window.location.search);

function sync() {
  currentPath.value = window.location.pathname;
  currentSearch.value = window.location.search;
}
window.addEventListener('popstate', sync);

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  sync();
  window.scrollTo({ top: 0 });
}

/** Matches `/ansokningar/:id` style patterns; returns the parameters or null. */
export function matchPath(pattern: string, path: string = currentPath.value): Record<string, string> | null {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = path.split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < patternParts.length; i++) {
    const p = patternParts[i];
    if (p.startsWith(':')) params[p.slice(1)] = decodeURIComponent(pathParts[i]);
    else if (p !== pathParts[i]) return null;
  }
  return params;
}

export function queryParam(name: string): string | null {
  return new URLSearchParams(currentSearch.value).get(name);
}
