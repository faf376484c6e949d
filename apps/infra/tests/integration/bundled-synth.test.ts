import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SERVICE_NAMES } from '../../src/config/service-name.js';
import {
  findWorkspaceRoot,
  handlerEntry,
} from '../../src/config/workspace-paths.js';
import { RESPONDER_NAME } from '../../src/constructs/alarm-responder.js';
import { synthesizeOrderStack } from '../../src/synth/synthesize-order-stack.js';

const workspaceRoot = findWorkspaceRoot();
const handlersExist = [...SERVICE_NAMES, RESPONDER_NAME].every((service) =>
  existsSync(handlerEntry(workspaceRoot, service)),
);
// Loads a bundle the way Lambda (and the local cloud) would, in a child
// process with the environment of the Lambda contract, from inside the
// ESM-typed apps/infra folder, and reports what `handler` is.
function exportedHandlerType(assetDirectory: string): string {
  const result = spawnSync(
    process.execPath,
    ['-e', "process.stdout.write(typeof require('./index.js').handler)"],
    {
      cwd: assetDirectory,
      encoding: 'utf8',
      timeout: 30_000,
      env: {
        PATH: process.env.PATH,
        AWS_REGION: 'us-east-1',
        ORDERS_TABLE_NAME: 'orders',
        EVENT_BUS_NAME: 'orders',
        STATE_MACHINE_ARN:
          'arn:aws:states:us-east-1:123456789012:stateMachine:order-workflow',
        PAYMENT_PROVIDER_URL: 'https://payments.example.com',
        ALERT_TOPIC_ARN:
          'arn:aws:sns:us-east-1:123456789012:order-pipeline-alerts',
        IDEMPOTENCY_TABLE_NAME: 'rca-responder-transitions',
      },
    },
  );

  return result.stdout || result.stderr;
}

// Inside apps/infra (an ESM package) on purpose, like cdk.out itself.
const cacheDirectory = join(import.meta.dirname, '../../node_modules/.cache');
mkdirSync(cacheDirectory, { recursive: true });
const outdir = mkdtempSync(join(cacheDirectory, 'infra-bundled-'));

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
      [...SERVICE_NAMES, RESPONDER_NAME].sort(),
    );
    for (const asset of Object.values(functionAssets)) {
      expect(asset.handler).toBe('index.handler');
      expect(exportedHandlerType(asset.assetDirectory)).toBe('function');
    }
  }, 240_000);
});
