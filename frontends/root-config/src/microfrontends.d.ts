/** Resolved by the page's import map at run time; only their single-spa lifecycles are used here. */
declare module '@smg/applicant' {
  import type { LifeCycleFn } from 'single-spa';
  export const bootstrap: LifeCycleFn<object>;
  export const mount: LifeCycleFn<object>;
  export const unmount: LifeCycleFn<object>;
}
declare module '@smg/manager' {
  import type { LifeCycleFn } from 'single-spa';
  export const bootstrap: LifeCycleFn<object>;
  export const mount: LifeCycleFn<object>;
  export const unmount: LifeCycleFn<object>;
}
declare module '@smg/policy' {
  import type { LifeCycleFn } from 'single-spa';
  export const bootstrap: LifeCycleFn<object>;
  export const mount: LifeCycleFn<object>;
  export const unmount: LifeCycleFn<object>;
}
declare module '@smg/archivist' {
  import type { LifeCycleFn } from 'single-spa';
  export const bootstrap: LifeCycleFn<object>;
  export const mount: LifeCycleFn<object>;
  export const unmount: LifeCycleFn<object>;
}
declare module '@smg/board' {
  import type { LifeCycleFn } from 'single-spa';
  export const bootstrap: LifeCycleFn<object>;
  export const mount: LifeCycleFn<object>;
  export const unmount: LifeCycleFn<object>;
}
