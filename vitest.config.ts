import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@inftool/source'] },
  ssr: { resolve: { conditions: ['@inftool/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
