import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Tests of overlapping transactions need real PostgreSQL (PGlite is one connection): run with DATABASE_URL.
    include: [
      'test/*.test.ts',
      'src/**/*.test.ts',
      ...(process.env.DATABASE_URL ? ['test/postgres/*.pg.test.ts'] : []),
    ],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file gets its own database; two at a time fits two cores.
    maxWorkers: 2,
  },
});
