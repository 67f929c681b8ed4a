import { defineConfig } from 'vitest/config'

// Unit tests run in Node: core/ must not need a DOM.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
})
