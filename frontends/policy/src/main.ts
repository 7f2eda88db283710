import { createApp, h } from 'vue';
import singleSpaVue from 'single-spa-vue';
import { installGraphQL } from '@smg/shared';
import App from './App.vue';

/**
 * The municipality's rules (riktlinjer) as single-spa lifecycles: everyone signed in reads them; the
 * communications unit compares versions and publishes a new one. Vue and @smg/shared come from the import map.
 */
const lifecycles = singleSpaVue({
  createApp,
  appOptions: { render: () => h(App) },
  handleInstance: (app) => installGraphQL(app),
});

export const { bootstrap, mount, unmount } = lifecycles;
