import { defineConfig } from 'tsup';

export default defineConfig({
  // The Lambda helpers load the AWS SDK, so they have their own entry that
  // suites which never touch a Lambda do not import.
  entry: { index: 'src/index.ts', lambda: 'src/lambda/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
