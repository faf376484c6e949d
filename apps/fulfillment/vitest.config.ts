import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@org/fulfillment',
    include: ['tests/**/*.test.ts'],
  },
});
