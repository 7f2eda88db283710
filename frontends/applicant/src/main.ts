import { createApp, h } from 'vue';
import singleSpaVue from 'single-spa-vue';
import { installGraphQL } from '@smg/shared';
import App from './App.vue';

/**
 * The editor's microfrontend as single-spa lifecycles. Vue and @smg/shared come from the page's import map,
 * so this bundle holds only the editor's own screens.
 */
const lifecycles = singleSpaVue({
  createApp,
  appOptions: { render: () => h(App) },
  handleInstance: (app) => installGraphQL(app),
});

export const { bootstrap, mount, unmount } = lifecycles;
