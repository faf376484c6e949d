import { defineConfig } from 'tsup';

export default defineConfig({
  // cli.ts is the `local-cloud` bin that `pnpm local` runs.
  entry: ['src/index.ts', 'src/cli.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
