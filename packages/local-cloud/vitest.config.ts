import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@org/local-cloud',
    include: ['tests/**/*.test.ts'],
  },
});
