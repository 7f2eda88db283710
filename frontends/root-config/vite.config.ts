import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/**
 * The root config page. Everything shared or owned by a microfrontend is left as a bare import for the
 * page's import map to resolve, so this bundle holds only single-spa, the shell and the sign-in page.
 */
export default defineConfig({
  plugins: [vue()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // Native import maps and module preload are in every browser we support; no polyfill to ship.
    modulePreload: { polyfill: false },
    rollupOptions: { external: ['vue', '@smg/shared', '@smg/applicant', '@smg/manager', '@smg/policy', '@smg/board', '@smg/archivist'] },
  },
});
