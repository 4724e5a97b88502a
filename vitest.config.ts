import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __CLI_VERSION__: 'undefined' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'generated',
          include: ['tests/generated/**/*.test.ts'],
          // Each file installs and builds real apps: one at a time, with room for slow installs.
          fileParallelism: false,
          testTimeout: 20 * 60_000,
          hookTimeout: 30 * 60_000,
        },
      },
    ],
  },
});
