import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The JSON report feeds the one closing line `npm test` prints (scripts/test-summary.mjs).
    reporters: ['default', ['json', { outputFile: '.test-reports/unit.json' }]],
  },
});
