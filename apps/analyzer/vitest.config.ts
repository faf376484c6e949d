import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@org/analyzer',
    include: ['tests/**/*.test.ts'],
  },
});
