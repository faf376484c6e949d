import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function runDemoCli(args: string[]) {
  if (!existsSync(CLI)) {
    throw new Error(`${CLI} is missing: build the demo first.`);
  }

  return new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, ['--no-warnings', CLI, ...args], {
        timeout: 280_000,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
      });
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    },
  );
}

describe('the demo', () => {
  it('reproduces the throttling outage, names DynamoDB, alerts and writes the reports', async () => {
    const reports = await mkdtemp(join(tmpdir(), 'demo-reports-'));

    const run = await runDemoCli(['--orders', '8', '--reports', reports]);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Fault to verdict: \d+\.\d s/);
    const summary = JSON.parse(
      await readFile(join(reports, 'latest-run.json'), 'utf8'),
    );
    expect(summary).toMatchObject({ sent: 8, lost: 0 });
    expect(summary.faultToVerdictMs).toBeGreaterThan(0);
    const rca = JSON.parse(
      await readFile(join(reports, 'latest-rca.json'), 'utf8'),
    );
    expect(rca.rootCauses[0]).toMatchObject({
      service: 'DynamoDB',
      kind: 'throttle',
    });
    const html = await readFile(join(reports, 'latest.html'), 'utf8');
    expect(html).toContain('DynamoDB');
    expect(run.stdout).toMatch(/Fault to alert: \d+\.\d s/);
    const alert = JSON.parse(
      await readFile(join(reports, 'latest-alert.json'), 'utf8'),
    );
    expect(alert.topCause).toMatchObject({
      service: 'DynamoDB',
      kind: 'throttle',
    });
    expect(alert.detectedAfterSeconds).toBeGreaterThan(0);
    expect(alert.message).toContain('throttle at DynamoDB orders');
  }, 300_000);
});
