import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

let folder: string;

async function scenarioFile(name: string, value: unknown): Promise<string> {
  const file = join(folder, name);
  await writeFile(file, JSON.stringify(value));

  return file;
}

const NO_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: undefined,
  AWS_SECRET_ACCESS_KEY: undefined,
  AWS_SESSION_TOKEN: undefined,
  AWS_PROFILE: undefined,
  AWS_CONFIG_FILE: '/nonexistent/config',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
  AWS_EC2_METADATA_DISABLED: 'true',
};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'loadgen-cli-'));
});

describe('loadgen run', () => {
  it('exits 2 naming the file and the field of a bad scenario', async () => {
    const file = await scenarioFile('bad.json', {
      name: 'bad',
      description: 'orders below one',
      orders: 0,
    });

    const run = await runCli(['run', '--scenario', file]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(file);
    expect(run.stderr).toMatch(/orders: /);
  });

  it('exits 2 on a non-numeric --orders', async () => {
    const run = await runCli([
      'run',
      '--scenario',
      'baseline',
      '--orders',
      'many',
    ]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '--orders must be a positive number, got "many"',
    );
  });

  it('exits 3 at once without AWS credentials for --target aws', async () => {
    const run = await runCli(
      ['run', '--scenario', 'baseline', '--target', 'aws', '--stack', 'Stack'],
      NO_CREDENTIALS,
    );

    expect(run.code).toBe(3);
    expect(run.stderr).toContain('No AWS credentials found');
    expect(run.stdout).toBe('');
  });

  it('exits 2 with the synth command when the stack was not synthesized', async () => {
    const run = await runCli([
      'run',
      '--scenario',
      'baseline',
      '--cdk-out',
      join(folder, 'no-cdk-out'),
    ]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pnpm --filter @org/infra synth');
    expect(run.stdout).toBe('');
  });

  it('exits 1 and lists the orders that did not settle within the wait', async () => {
    const file = await scenarioFile('impatient.json', {
      name: 'impatient',
      description: 'a wait far shorter than a cold start',
      orders: 5,
      timeouts: { settleSeconds: 0.3, pollIntervalMs: 100 },
    });

    const run = await runCli(['run', '--scenario', file, '--json']);
    const summary = JSON.parse(run.stdout);

    expect(run.code).toBe(1);
    expect(summary).toMatchObject({ scenario: 'impatient', sent: 5, lost: 5 });
    expect(summary.lostOrderIds).toHaveLength(5);
  }, 30_000);

  it('prints examples and exit codes in its help', async () => {
    const run = await runCli(['run', '--help']);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--scenario dynamodb-throttle');
    expect(run.stdout).toContain('Exit codes');
  });
});
