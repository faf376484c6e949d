import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../support/run-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'rca-out-'));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('rca-analyze --out and --format html', () => {
  it('writes the JSON report to the file and nothing to stdout', async () => {
    const out = join(folder, 'report.json');
    const run = await runCli([
      '--input',
      fixture('outage.json'),
      '--format',
      'json',
      '--out',
      out,
    ]);

    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).rootCauses[0].service).toBe(
      'DynamoDB',
    );
  });

  it('writes the HTML page to stdout without --out', async () => {
    const run = await runCli([
      '--input',
      fixture('outage.json'),
      '--format',
      'html',
    ]);

    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(run.stdout).toContain('★ ROOT CAUSE: throttle');
    expect(run.stdout.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('exits 2 naming the file when it cannot be written', async () => {
    const out = join(folder, 'missing-folder', 'report.html');
    const run = await runCli([
      '--input',
      fixture('outage.json'),
      '--format',
      'html',
      '--out',
      out,
    ]);

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `rca-analyze: cannot write ${out} (ENOENT). Check that its folder exists and is writable.\n`,
    );
  });
});
