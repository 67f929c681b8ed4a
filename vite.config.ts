import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { SECURITY_HEADERS } from './src/core/privacy/contentSecurityPolicy.ts'
import { mediapipeWasmPlugin } from './scripts/vite/mediapipeWasmPlugin.ts'

const root = import.meta.dirname

export default defineConfig({
  // assets/ holds what the app serves as-is: the demo catalog, its GLBs and the face model.
  publicDir: 'assets',
  plugins: [mediapipeWasmPlugin(root)],
  server: { port: 5173, headers: SECURITY_HEADERS },
  preview: { port: 4173, headers: SECURITY_HEADERS },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        main: resolve(root, 'index.html'),
        kiosk: resolve(root, 'kiosk/index.html'),
        privacy: resolve(root, 'privacy.html'),
        vanilla: resolve(root, 'examples/vanilla/index.html'),
      },
    },
  },
})
