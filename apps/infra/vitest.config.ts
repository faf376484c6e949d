import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@org/infra',
    include: ['tests/**/*.test.ts'],
    // Loading aws-cdk-lib and synthesizing the stack dominate the run:
    // one worker without isolation loads it once and reuses the templates.
    isolate: false,
    fileParallelism: false,
    testTimeout: 60_000,
  },
});
