import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium against a running Moodle (see scripts/test-all.sh).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120000,
    hookTimeout: 60000,
  },
});
