import { createApp, type Component, type App } from 'vue';
import type { LifeCycles } from 'single-spa';
import { installGraphQL } from '@smg/shared';

/**
 * single-spa lifecycles for the root config's own small pages (sign-in, not found). They are applications
 * like the microfrontends, so the layout in index.html decides where everything goes.
 */
export function rootPage(component: Component): LifeCycles {
  let app: App | null = null;
  return {
    bootstrap: async () => {},
    mount: async (props) => {
      const el = document.getElementById(`single-spa-application:${props.name}`);
      if (!el) throw new Error(`Layout has no region for ${props.name}`);
      app = createApp(component);
      installGraphQL(app);
      app.mount(el);
    },
    unmount: async () => {
      app?.unmount();
      app = null;
    },
  };
}
