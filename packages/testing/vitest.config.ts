import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@org/testing',
    include: ['tests/**/*.test.ts'],
  },
});
