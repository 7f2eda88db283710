import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/**
 * An ES module of single-spa lifecycles, served at /mf/archivist/ and mapped as `@smg/archivist`.
 * Vue and @smg/shared (session, GraphQL client, UI kit) are the page's shared copies, never bundled here.
 */
export default defineConfig({
  plugins: [vue()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: { entry: 'src/main.ts', formats: ['es'], fileName: () => 'archivist.js' },
    rollupOptions: { external: ['vue', '@smg/shared'] },
  },
});
