import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@org/tracing',
    include: ['tests/**/*.test.ts'],
  },
});
