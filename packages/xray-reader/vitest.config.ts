import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@org/xray-reader',
    include: ['tests/**/*.test.ts'],
  },
});
