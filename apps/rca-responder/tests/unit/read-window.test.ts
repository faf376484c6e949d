import {
  BatchGetTracesCommand,
  GetTraceSummariesCommand,
  XRayClient,
} from '@aws-sdk/client-xray';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { readWindow } from '../../src/read-window.js';

const window = {
  start: new Date('2026-12-03T10:00:00Z'),
  end: new Date('2026-12-03T10:05:00Z'),
};

const ids = Array.from(
  { length: 60 },
  (_, index) => `1-6927a1b2-${String(index).padStart(24, '0')}`,
);

// Each BatchGetTraces call moves the clock on by one second.
function slowXRay(clock: { now: number }): XRayClient {
  const client = new XRayClient({ region: 'us-east-1' });
  const mock = mockClient(client);
  mock
    .on(GetTraceSummariesCommand)
    .resolves({ TraceSummaries: ids.map((Id) => ({ Id })) });
  mock.on(BatchGetTracesCommand).callsFake((input) => {
    clock.now += 1000;
    return {
      Traces: (input.TraceIds as string[]).map((Id) => ({ Id, Segments: [] })),
    };
  });

  return client;
}

describe('readWindow', () => {
  it('keeps the traces fetched before the deadline and counts the rest as unread', async () => {
    const clock = { now: 0 };

    const read = await readWindow({
      client: slowXRay(clock),
      window,
      deadline: 3000,
      maxTraces: 1000,
      now: () => clock.now,
    });

    const fetched = read.pages.flatMap((page) => page.Traces);
    expect(fetched).toHaveLength(20);
    expect(read).toMatchObject({ listed: 60, unread: 40 });
  });

  it('fetches no more than maxTraces', async () => {
    const clock = { now: 0 };

    const read = await readWindow({
      client: slowXRay(clock),
      window,
      deadline: Number.POSITIVE_INFINITY,
      maxTraces: 12,
      now: () => clock.now,
    });

    expect(read.pages.flatMap((page) => page.Traces)).toHaveLength(12);
    expect(read.unread).toBe(48);
  });
});
