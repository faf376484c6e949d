import { defineConfig } from 'tsup';

// One self-contained ESM file for Lambda and the local cloud: every
// dependency is inlined, the AWS SDK too. `require` is provided for the
// CommonJS modules inside the bundle that load Node built-ins.
export default defineConfig({
  entry: { handler: 'src/handler.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  bundle: true,
  noExternal: [/.*/],
  splitting: false,
  clean: true,
  banner: {
    js: [
      "import { createRequire as bundleCreateRequire } from 'node:module';",
      'const require = bundleCreateRequire(import.meta.url);',
    ].join(' '),
  },
});
