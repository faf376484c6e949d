import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  // `import.meta.url` locates the workspace from the CommonJS build too.
  shims: true,
  target: 'node20',
});
