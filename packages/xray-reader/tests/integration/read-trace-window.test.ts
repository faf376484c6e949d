import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XRayClient } from '@aws-sdk/client-xray';
import { startXRayApiServer, type XRayApiServer } from '@org/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { readTraceWindow, XRayRequestError } from '../../src/index.js';

const FIXTURE = fileURLToPath(
  new URL('../fixtures/traces.json', import.meta.url),
);
const WINDOW = {
  start: new Date('2026-12-03T15:59:00Z'),
  end: new Date('2026-12-03T16:05:00Z'),
};

function fixtureTraceIds(): string[] {
  const pages: { Traces: { Id: string }[] }[] = JSON.parse(
    readFileSync(FIXTURE, 'utf8'),
  );

  return pages.flatMap((page) => page.Traces.map((trace) => trace.Id));
}

function clientFor(server: XRayApiServer): XRayClient {
  return new XRayClient({
    region: 'us-east-1',
    endpoint: server.endpoint,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
}

let server: XRayApiServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('readTraceWindow against an X-Ray API on loopback', () => {
  it('reads every trace of the window with the real XRayClient', async () => {
    server = await startXRayApiServer(FIXTURE, { throttleFirst: 2 });

    const read = await readTraceWindow({
      client: clientFor(server),
      window: WINDOW,
      filterExpression: 'fault = true OR throttle = true',
      retry: { baseDelayMs: 5 },
    });

    const returnedIds = read.pages.flatMap((page) =>
      page.Traces.map((trace) => trace.Id),
    );
    expect(returnedIds.sort()).toEqual(fixtureTraceIds().sort());
    expect(read.unprocessedTraceIds).toEqual([]);
    const firstDocument = read.pages[0]?.Traces[0]?.Segments?.[0]?.Document;
    expect(JSON.parse(firstDocument ?? '{}')).toHaveProperty('trace_id');
  });

  it('sends the window as epoch seconds with the filter and pages', async () => {
    server = await startXRayApiServer(FIXTURE);

    await readTraceWindow({
      client: clientFor(server),
      window: WINDOW,
      filterExpression: 'fault',
    });

    const summaryCalls = server.requests.filter(
      (request) => request.path === '/TraceSummaries',
    );
    expect(summaryCalls[0]?.body).toEqual({
      StartTime: WINDOW.start.getTime() / 1000,
      EndTime: WINDOW.end.getTime() / 1000,
      FilterExpression: 'fault',
    });
    expect(summaryCalls.at(-1)?.body.NextToken).toBeDefined();
    const batchSizes = server.requests
      .filter((request) => request.path === '/Traces')
      .map((request) => (request.body.TraceIds as string[]).length);
    expect(Math.max(...batchSizes)).toBeLessThanOrEqual(5);
  });

  it('fails with XRayRequestError when throttling outlasts the retries', async () => {
    server = await startXRayApiServer(FIXTURE, { throttleFirst: 10 });

    const reading = readTraceWindow({
      client: clientFor(server),
      window: WINDOW,
      retry: { maxAttempts: 2, baseDelayMs: 1 },
    });

    await expect(reading).rejects.toThrow(XRayRequestError);
    await expect(reading).rejects.toThrow('ThrottledException');
  });
});
