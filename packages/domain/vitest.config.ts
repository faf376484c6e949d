import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@org/domain',
    include: ['tests/**/*.test.ts'],
    // Property-based tests run hundreds of cases: a loaded CI machine
    // needs more than the default five seconds for them.
    testTimeout: 30_000,
  },
});
