import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['{shared,renderer,electron,resources,bench}/**/*.test.{ts,tsx}', 'tests/real-clients/**/*.test.ts', 'tests/lint/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
    pool: 'forks',
  },
})
