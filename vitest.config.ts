import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // e2e tests run the built CLI; build once before the whole run.
    globalSetup: ['test/global-setup.ts'],
  },
});
