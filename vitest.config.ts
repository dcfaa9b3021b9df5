import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/build-cli.setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
  },
});
