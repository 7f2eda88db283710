/// <reference types="vite/client" />

/**
 * For plain `tsc` (the repository-wide typecheck), which cannot read single-file components; vue-tsc, used by
 * this package's build, type-checks the real .vue files instead of this fallback.
 */
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
