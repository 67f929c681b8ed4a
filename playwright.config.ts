import { defineConfig } from '@playwright/test'

// Not the preview default (4173): a hand-started preview of an older build must not be reused.
const PORT = Number(process.env.VITRINE_E2E_PORT ?? 4317)

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
    viewport: { width: 960, height: 720 },
    trace: 'off',
  },
  webServer: {
    command: `npx vite build --logLevel warn && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
})
