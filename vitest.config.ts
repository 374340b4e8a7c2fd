import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // nodejieba loads its dictionary (about 3 s) on first use in each worker.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
