import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@org/rca',
    include: ['tests/**/*.test.ts'],
  },
});
