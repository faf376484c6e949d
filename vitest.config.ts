import { defineConfig } from 'vitest/config';

/**
 * Runs every workspace package's tests as one vitest project each, so that
 * `pnpm vitest` at the root covers the whole monorepo.
 */
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
  },
});
