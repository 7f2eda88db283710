import { createApp, h } from 'vue';
import singleSpaVue from 'single-spa-vue';
import { installGraphQL } from '@smg/shared';
import App from './App.vue';

/**
 * The board secretary's microfrontend (nämndsekreterare) as single-spa lifecycles: handovers waiting for the board,
 * and registering the board's decision with its signed minutes extract. Vue and @smg/shared come from the import map.
 */
const lifecycles = singleSpaVue({
  createApp,
  appOptions: { render: () => h(App) },
  handleInstance: (app) => installGraphQL(app),
});

export const { bootstrap, mount, unmount } = lifecycles;
