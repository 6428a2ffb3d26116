import { defineConfig } from 'vitest/config';

// Real Chromium against the production build; one browser, tests in sequence.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    setupFiles: ['tests/support/failOnConsoleError.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
