import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@inftool/source'] },
  ssr: { resolve: { conditions: ['@inftool/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
