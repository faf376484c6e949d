import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SERVICE_NAMES } from '../../src/config/service-name.js';
import {
  findWorkspaceRoot,
  handlerEntry,
} from '../../src/config/workspace-paths.js';
import { synthesizeOrderStack } from '../../src/synth/synthesize-order-stack.js';

const workspaceRoot = findWorkspaceRoot();
const handlersExist = SERVICE_NAMES.every((service) =>
  existsSync(handlerEntry(workspaceRoot, service)),
);
const outdir = mkdtempSync(join(tmpdir(), 'infra-bundled-'));

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
});

// Bundling needs the three Lambda apps' handlers; until they exist the
// real synth refuses to run (see the unit tests of MissingHandlerError).
describe.runIf(handlersExist)('synth with bundled handlers', () => {
  it('bundles every handler with the local esbuild into its asset folder', () => {
    const { functionAssets } = synthesizeOrderStack({
      outdir,
      cloudFormationValidation: false,
    });

    expect(Object.keys(functionAssets).sort()).toEqual(
      [...SERVICE_NAMES].sort(),
    );
    for (const asset of Object.values(functionAssets)) {
      expect(asset.handler).toBe('index.handler');
      expect(existsSync(join(asset.assetDirectory, 'index.js'))).toBe(true);
    }
  }, 180_000);
});
