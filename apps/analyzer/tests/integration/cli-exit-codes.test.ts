import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../support/run-cli.js';

let directory = '';

function writeInput(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);

  return path;
}

function expectOneLineWithoutStack(stderr: string): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^(rca-analyze: |error: )/);
  expect(stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'rca-analyze-'));
});

describe('rca-analyze exit codes', () => {
  it('exits 0 and prints help with examples for --help', async () => {
    const run = await runCli(['--help']);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--input <files...>');
    expect(run.stdout).toContain(
      '$ rca-analyze --endpoint http://127.0.0.1:4566 --since 15m',
    );
    expect(run.stdout).toContain('3  no traces found');
  });

  it('exits 2 naming a file that does not exist', async () => {
    const missing = join(directory, 'missing.json');

    const run = await runCli(['--input', missing]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot read ${missing} (ENOENT)`);
    expectOneLineWithoutStack(run.stderr);
  });

  it('exits 2 naming the file and line of broken NDJSON', async () => {
    const broken = writeInput(
      'broken.ndjson',
      '{"id":"a1b2c3d4e5f60718","trace_id":"1-6930a000-000000000000000000000001","name":"f","start_time":1,"end_time":2}\n{"id": oops\n',
    );

    const run = await runCli(['--input', broken]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(broken);
    expect(run.stderr).toContain('line 2');
    expectOneLineWithoutStack(run.stderr);
    expect(run.stdout).toBe('');
  });

  it('exits 2 naming the field of a Document that is not a string', async () => {
    const badField = writeInput(
      'bad-field.json',
      JSON.stringify({
        Traces: [
          {
            Id: '1-6930a000-000000000000000000000001',
            Segments: [{ Id: 'a', Document: 42 }],
          },
        ],
      }),
    );

    const run = await runCli(['--input', badField, '--format', 'json']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Document');
    expectOneLineWithoutStack(run.stderr);
    expect(run.stdout).toBe('');
  });

  it('exits 2 naming the trace of a Document that is not valid JSON', async () => {
    const badDocument = writeInput(
      'bad-document.json',
      JSON.stringify({
        Traces: [
          {
            Id: '1-6930a000-000000000000000000000002',
            Segments: [{ Id: 'a', Document: '{"id": }' }],
          },
        ],
      }),
    );

    const run = await runCli(['--input', badDocument]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(badDocument);
    expect(run.stderr).toContain('1-6930a000-000000000000000000000002');
    expectOneLineWithoutStack(run.stderr);
  });

  it.each([
    [['--input', 'a.json', '--format', 'xml'], "'xml'"],
    [['--input', 'a.json', '--top', 'many'], '"many"'],
    [['--no-such-option'], '--no-such-option'],
    [[], 'Pass either --input'],
  ])('exits 2 for the usage mistake %j', async (args, shown) => {
    const run = await runCli(args);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(shown);
    expectOneLineWithoutStack(run.stderr);
  });

  it('exits 2 for a --since that is not a time', async () => {
    const run = await runCli([
      '--endpoint',
      'http://127.0.0.1:9',
      '--since',
      '15x',
    ]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"15x"');
    expectOneLineWithoutStack(run.stderr);
  });

  it('exits 3 when the input holds no traces', async () => {
    const empty = writeInput('empty.json', '{"Traces":[]}');

    const run = await runCli(['--input', empty, '--format', 'json']);

    expect(run.code).toBe(3);
    expect(run.stderr).toBe(`rca-analyze: no traces found in ${empty}.\n`);
    expect(run.stdout).toBe('');
  });

  it('exits 0 for the fixture that all other tests read', async () => {
    const run = await runCli(['--input', fixture('healthy.json')]);

    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});
