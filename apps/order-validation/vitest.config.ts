import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@org/order-validation',
    include: ['tests/**/*.test.ts'],
  },
});
