import { createApp, h } from 'vue';
import singleSpaVue from 'single-spa-vue';
import { installGraphQL } from '@smg/shared';
import App from './App.vue';

/**
 * The approvers' microfrontend (unit manager, head of administration, communications unit) as single-spa
 * lifecycles. Vue and @smg/shared come from the page's import map.
 */
const lifecycles = singleSpaVue({
  createApp,
  appOptions: { render: () => h(App) },
  handleInstance: (app) => installGraphQL(app),
});

export const { bootstrap, mount, unmount } = lifecycles;
