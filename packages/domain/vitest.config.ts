import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@org/domain',
    include: ['tests/**/*.test.ts'],
  },
});
