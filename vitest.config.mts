import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['{shared,renderer,electron,resources,bench}/**/*.test.{ts,tsx}', 'tests/real-clients/**/*.test.ts', 'tests/lint/**/*.test.ts'],
    environment: 'node',
    // Generous, because a loaded CI machine runs Node, LibreOffice and the CLI side by side;
    // a test that hangs still fails, just later.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
