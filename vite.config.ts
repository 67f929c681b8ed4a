import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { SECURITY_HEADERS } from './src/core/privacy/contentSecurityPolicy.ts'
import { mediapipeWasmPlugin } from './scripts/vite/mediapipeWasmPlugin.ts'
import { kioskServiceWorkerPlugin } from './kiosk/build/kioskServiceWorkerPlugin.ts'

const root = import.meta.dirname

// The catalog service (npm run serve; npm start runs both) behind the app's own origin, so pages
// keep `connect-src 'self'`: the shopper app reads /api/v1/catalog and its GLBs, the studio the rest.
const apiProxy = { '/api': { target: `http://127.0.0.1:${process.env.VITRINE_API_PORT ?? 8787}` } }

export default defineConfig({
  // assets/ holds what the app serves as-is: the demo catalog, its GLBs and the face model.
  publicDir: 'assets',
  // The kiosk's offline worker is built last, from the list of built files.
  plugins: [mediapipeWasmPlugin(root), kioskServiceWorkerPlugin(root)],
  server: { port: 5173, headers: SECURITY_HEADERS, proxy: apiProxy },
  preview: { port: 4173, headers: SECURITY_HEADERS, proxy: apiProxy },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        main: resolve(root, 'index.html'),
        kiosk: resolve(root, 'kiosk/index.html'),
        studio: resolve(root, 'studio/index.html'),
        kioskHealth: resolve(root, 'kiosk/health.html'),
        privacy: resolve(root, 'privacy.html'),
        vanilla: resolve(root, 'examples/vanilla/index.html'),
      },
    },
  },
})
