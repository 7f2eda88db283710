import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/**
 * An ES module of single-spa lifecycles, served at /mf/board/ and mapped as `@smg/board`.
 * Vue and @smg/shared (session, GraphQL client, UI kit) are the page's shared copies, never bundled here.
 */
export default defineConfig({
  plugins: [vue()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: { entry: 'src/main.ts', formats: ['es'], fileName: () => 'board.js' },
    rollupOptions: { external: ['vue', '@smg/shared'] },
  },
});
