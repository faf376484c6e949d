import { startXRayApiServer, type XRayApiServer } from '@org/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../support/run-cli.js';

const WINDOW = [
  '--since',
  '2026-12-03T15:59:00Z',
  '--until',
  '2026-12-03T16:05:00Z',
];

let server: XRayApiServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('rca-analyze --endpoint', () => {
  it('reads the window from an X-Ray API and names the throttle', async () => {
    server = await startXRayApiServer(fixture('outage.json'), {
      throttleFirst: 1,
    });

    const run = await runCli([
      '--endpoint',
      server.endpoint,
      ...WINDOW,
      '--filter',
      'fault = true',
      '--format',
      'json',
    ]);

    expect(run.stderr).not.toContain('rca-analyze:');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.tracesAnalyzed).toBe(12);
    expect(report.rootCauses[0]).toMatchObject({
      kind: 'throttle',
      service: 'DynamoDB',
      resource: 'orders',
    });
    const batches = server.requests.filter(
      (request) => request.path === '/Traces',
    );
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(server.requests[0]?.body.FilterExpression).toBe('fault = true');
  });

  it('reads the baseline from the window before --since', async () => {
    server = await startXRayApiServer([
      fixture('outage.json'),
      fixture('healthy.json'),
    ]);

    const run = await runCli([
      '--endpoint',
      server.endpoint,
      ...WINDOW,
      '--baseline-since',
      '2026-12-03T14:59:00Z',
      '--format',
      'json',
    ]);

    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.tracesAnalyzed).toBe(12);
    expect(report.baseline).toMatchObject({ kind: 'explicit', traces: 8 });
    const baselineCall = server.requests.find(
      (request) =>
        request.body.StartTime === Date.parse('2026-12-03T14:59:00Z') / 1000,
    );
    expect(baselineCall?.body.EndTime).toBe(
      Date.parse('2026-12-03T15:59:00Z') / 1000,
    );
  });

  it('exits 3 when the window holds no traces', async () => {
    server = await startXRayApiServer(fixture('outage.json'));

    const run = await runCli([
      '--endpoint',
      server.endpoint,
      '--since',
      '2026-12-02T00:00:00Z',
      '--until',
      '2026-12-02T01:00:00Z',
    ]);

    expect(run.code).toBe(3);
    expect(run.stderr).toContain('no traces found in X-Ray');
  });

  it('exits 2 with one line when the endpoint does not answer', async () => {
    const run = await runCli([
      '--endpoint',
      'http://127.0.0.1:9',
      ...WINDOW,
      '--deadline',
      '10s',
    ]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('GetTraceSummaries failed');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
