import { defineConfig } from 'vite';

// The API host serves the built files from its wwwroot/ (see dashboard.targets); during
// `npm run dev` requests to /api and /hubs go to a locally running API.
const api = process.env.RECEPTION_API ?? 'http://localhost:5080';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, assetsInlineLimit: 0 },
  server: {
    proxy: {
      '/api': api,
      '/hubs': { target: api, ws: true },
    },
  },
});
