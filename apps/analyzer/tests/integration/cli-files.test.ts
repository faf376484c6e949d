import { describe, expect, it } from 'vitest';
import { fixture, normalise, runCli } from '../support/run-cli.js';

describe('rca-analyze --input', () => {
  it('names the DynamoDB throttle as the root cause, as JSON only', async () => {
    const run = await runCli([
      '--input',
      fixture('outage.json'),
      '--format',
      'json',
    ]);

    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.tracesAnalyzed).toBe(12);
    expect(report.tracesWithIssues).toBe(8);
    expect(report.rootCauses[0]).toMatchObject({
      rank: 1,
      kind: 'throttle',
      service: 'DynamoDB',
      resource: 'orders',
      operation: 'PutItem',
      exception: 'ProvisionedThroughputExceededException',
    });
    expect(report.rootCauses[0].exampleTraceIds[0]).toMatch(
      /^1-[0-9a-f]{8}-[0-9a-f]{24}$/,
    );
  });

  it('prints a table of causes with details for people', async () => {
    const run = await runCli(['--input', fixture('outage.json')]);

    expect(run.code).toBe(0);
    const lines = normalise(run.stdout).split('\n');
    expect(lines[0]).toBe('Analyzed 12 traces, 8 with issues.');
    expect(lines[2]).toMatch(
      /^rank\s+kind\s+service\s+resource\s+operation\s+traces\s+confidence$/,
    );
    expect(lines[3]).toMatch(
      /^1\s+throttle\s+DynamoDB\s+orders\s+PutItem\s+\d+\s+0\.\d\d$/,
    );
    expect(run.stdout).toContain(
      '1. throttle at DynamoDB orders PutItem (ProvisionedThroughputExceededException)',
    );
    expect(normalise(run.stdout)).toContain('- <trace-id>');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('reads several files and a baseline', async () => {
    const run = await runCli([
      '--input',
      fixture('outage.json'),
      fixture('healthy.json'),
      '--baseline',
      fixture('healthy.json'),
      '--format',
      'json',
    ]);

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).tracesAnalyzed).toBe(20);
  });

  it('reads NDJSON segment documents from stdin', async () => {
    const { readFileSync } = await import('node:fs');
    const ndjson = readFileSync(fixture('outage.ndjson'), 'utf8');

    const run = await runCli(['--input', '-', '--format', 'json'], {
      stdin: ndjson,
    });

    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.tracesAnalyzed).toBe(3);
    expect(report.rootCauses[0]).toMatchObject({
      kind: 'throttle',
      service: 'DynamoDB',
    });
  });

  it('keeps at most --top causes', async () => {
    const run = await runCli([
      '--input',
      fixture('outage.json'),
      '--top',
      '1',
      '--format',
      'json',
    ]);

    expect(JSON.parse(run.stdout).rootCauses).toHaveLength(1);
  });

  it('reports that nothing is wrong in healthy traffic', async () => {
    const run = await runCli(['--input', fixture('healthy.json')]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Analyzed 8 traces, 0 with issues.');
    expect(run.stdout).toContain('No root cause found');
  });
});
