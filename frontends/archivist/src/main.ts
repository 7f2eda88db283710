import { createApp, h } from 'vue';
import singleSpaVue from 'single-spa-vue';
import { installGraphQL } from '@smg/shared';
import App from './App.vue';

/**
 * Half-yearly archiving for the archivist (arkivansvarig) as single-spa lifecycles: runs and their progress, each
 * account's package, accepted deliveries, and the search for a records request. Vue and @smg/shared come from the
 * import map.
 */
const lifecycles = singleSpaVue({
  createApp,
  appOptions: { render: () => h(App) },
  handleInstance: (app) => installGraphQL(app),
});

export const { bootstrap, mount, unmount } = lifecycles;
