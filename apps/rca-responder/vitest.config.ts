import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@org/rca-responder',
    include: ['tests/**/*.test.ts'],
  },
});
