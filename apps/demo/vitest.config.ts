import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@org/demo',
    include: ['tests/**/*.test.ts'],
  },
});
