import { defineConfig } from '@playwright/test'
import { e2eApiPort } from './test/e2e/support/catalogService'

// Not the preview default (4173): a hand-started preview of an older build must not be reused.
const PORT = Number(process.env.VITRINE_E2E_PORT ?? 4317)
// The catalog service the app proxies /api to (VITRINE_E2E_API_PORT, default PORT + 1).
const API_PORT = e2eApiPort()
// Where the app is built for the run (VITRINE_E2E_OUT_DIR): apart from dist/ when several runs share a tree.
const OUT_DIR = process.env.VITRINE_E2E_OUT_DIR ?? 'dist'

/**
 * End-to-end tests in Debian's Chromium (see test/e2e/support/chromium.ts) against the production
 * build served by `vite preview`, with the same CSP as production.
 */
export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/support/globalSetup.ts',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  // Two cores: the face model saturates one per browser, so one browser at a time.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // The JSON report is what `npm test` (scripts/run-tests.mjs) counts.
  reporter: [['list'], ['json', { outputFile: 'test/.cache/reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // A laptop-sized window: the try-on stage beside the signals and suggestions column.
    viewport: { width: 1280, height: 800 },
    trace: 'off',
  },
  webServer: [
    {
      // The catalog service on a fresh temp DATA_DIR (PGlite), demo catalog seeded, a brand for the
      // studio spec made with the real CLI (test/e2e/support/catalogService.ts). SIGTERM lets it
      // close its database and remove the folder.
      command: 'node --import tsx test/e2e/support/catalogService.ts',
      url: `http://127.0.0.1:${API_PORT}/api/v1/health`,
      env: { VITRINE_E2E_API_PORT: String(API_PORT) },
      reuseExistingServer: !process.env.CI,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      timeout: 240_000,
    },
    {
      command: `npx vite build --logLevel warn --outDir ${OUT_DIR} && npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      // The preview proxies /api to the e2e catalog service (vite.config.ts).
      env: { VITRINE_API_PORT: String(API_PORT) },
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
})
