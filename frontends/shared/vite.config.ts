import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/**
 * Built once as an ES module and mapped as `@smg/shared` in the root config's import map, so the session,
 * the GraphQL client and its cache exist once per page. Vue stays external: there is one Vue on the page.
 */
export default defineConfig({
  plugins: [vue()],
  // Library mode leaves `process.env.NODE_ENV` for a later bundler; in the browser there is none.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'smg-shared.js',
      cssFileName: 'smg-shared',
    },
    rollupOptions: { external: ['vue'] },
  },
});
