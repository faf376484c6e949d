import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@org/payment-processing',
    include: ['tests/**/*.test.ts'],
  },
});
