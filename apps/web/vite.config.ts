import { createRequire } from 'node:module';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
// dkfds's `exports` field exposes only its JS bundle, so Vite refuses `dkfds/dist/css/…`; the alias points
// those imports straight at the package's dist folder (found through the one path it does export).
const dkfdsDist = path.resolve(path.dirname(require.resolve('dkfds')), '..');
const api = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: [{ find: /^dkfds\/dist\//, replacement: `${dkfdsDist}/` }] },
  server: { proxy: { '/api': api, '/v1': api } },
  preview: { proxy: { '/api': api, '/v1': api } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // React changes far less often than the app: its own chunk stays cached across our releases. Other
        // libraries follow the pages that use them (forms, dates), so the first visit loads only the frame.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // Pages load lazily and CI runs other suites beside this one: allow for a slow first import.
    testTimeout: 60_000,
  },
});
