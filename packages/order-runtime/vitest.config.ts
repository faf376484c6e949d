import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@org/order-runtime',
    include: ['tests/**/*.test.ts'],
  },
});
