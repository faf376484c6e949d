import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type Terminal } from '../../src/run.js';
import { fixture } from '../support/run-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'rca-run-'));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function colourTerminal(): Terminal & { printed: () => string } {
  const stdout = new PassThrough();
  let printed = '';
  stdout.on('data', (chunk) => {
    printed += chunk;
  });

  return {
    stdin: new PassThrough(),
    stdout,
    stderr: new PassThrough(),
    env: {},
    isTty: true,
    printed: () => printed,
  };
}

describe('run with --out', () => {
  it('colours text on a terminal but never in the file', async () => {
    const onScreen = colourTerminal();
    await run(['--input', fixture('outage.json')], onScreen);
    const toFile = colourTerminal();
    const out = join(folder, 'report.txt');
    await run(['--input', fixture('outage.json'), '--out', out], toFile);

    expect(onScreen.printed()).toContain('\u001b[');
    expect(toFile.printed()).toBe('');
    expect(readFileSync(out, 'utf8')).not.toContain('\u001b[');
    expect(readFileSync(out, 'utf8')).toMatch(/^Analyzed 12 traces/);
  });
});
