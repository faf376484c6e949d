import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@org/loadgen',
    include: ['tests/**/*.test.ts'],
  },
});
