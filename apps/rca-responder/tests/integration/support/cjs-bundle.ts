import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const HANDLER = fileURLToPath(
  new URL('../../../src/handler.ts', import.meta.url),
);

/**
 * Bundles the handler as CommonJS into a fresh folder (`index.js` and a
 * `package.json` marking it CommonJS), the shape the CDK gives a
 * function's asset and the local cloud's Lambda loads.
 *
 * @example
 * const { directory, remove } = await bundleForLocalLambda();
 */
export async function bundleForLocalLambda(): Promise<{
  directory: string;
  remove: () => void;
}> {
  const directory = mkdtempSync(join(tmpdir(), 'rca-responder-'));
  await build({
    entry: { index: HANDLER },
    outDir: directory,
    format: ['cjs'],
    outExtension: () => ({ js: '.js' }),
    platform: 'node',
    target: 'node20',
    bundle: true,
    noExternal: [/.*/],
    splitting: false,
    silent: true,
    config: false,
  });
  writeFileSync(join(directory, 'package.json'), '{"type":"commonjs"}');

  return {
    directory,
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}
