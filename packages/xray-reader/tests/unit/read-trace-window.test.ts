import {
  BatchGetTracesCommand,
  GetTraceSummariesCommand,
  ThrottledException,
  XRayClient,
} from '@aws-sdk/client-xray';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import {
  readTraceWindow,
  XRayDeadlineError,
  XRayRequestError,
} from '../../src/index.js';

const xray = mockClient(XRayClient);
const client = new XRayClient({ region: 'us-east-1' });
const window = {
  start: new Date('2026-12-03T15:45:00Z'),
  end: new Date('2026-12-03T16:00:00Z'),
};
const fastRetry = { baseDelayMs: 1, maxDelayMs: 2 };

function traceId(index: number): string {
  return `1-6930a000-${String(index).padStart(24, '0')}`;
}

function answerBatchesWithTheirIds(): void {
  xray.on(BatchGetTracesCommand).callsFake((input) => ({
    Traces: input.TraceIds.map((Id: string) => ({ Id, Segments: [] })),
  }));
}

function throttled(): ThrottledException {
  return new ThrottledException({
    message: 'Rate exceeded',
    $metadata: { httpStatusCode: 429 },
  });
}

afterEach(() => {
  xray.reset();
});

describe('readTraceWindow', () => {
  it('follows NextToken through every page of trace summaries', async () => {
    xray
      .on(GetTraceSummariesCommand)
      .resolvesOnce({
        TraceSummaries: [{ Id: traceId(1) }, { Id: traceId(2) }],
        NextToken: 'page-2',
      })
      .resolvesOnce({ TraceSummaries: [{ Id: traceId(3) }] });
    answerBatchesWithTheirIds();

    const read = await readTraceWindow({ client, window });

    const summaryCalls = xray.commandCalls(GetTraceSummariesCommand);
    expect(summaryCalls).toHaveLength(2);
    expect(summaryCalls[1]?.args[0].input.NextToken).toBe('page-2');
    expect(read.traceIds).toEqual([traceId(1), traceId(2), traceId(3)]);
  });

  it('asks BatchGetTraces for at most 5 ids per call', async () => {
    const ids = Array.from({ length: 12 }, (_, index) => traceId(index));
    xray.on(GetTraceSummariesCommand).resolves({
      TraceSummaries: ids.map((Id) => ({ Id })),
    });
    answerBatchesWithTheirIds();

    const read = await readTraceWindow({ client, window });

    const batchSizes = xray
      .commandCalls(BatchGetTracesCommand)
      .map((call) => call.args[0].input.TraceIds?.length);
    expect(batchSizes).toEqual([5, 5, 2]);
    const returnedIds = read.pages.flatMap((page) =>
      page.Traces.map((trace) => trace.Id),
    );
    expect(returnedIds).toEqual(ids);
  });

  it('keeps no more BatchGetTraces calls in flight than asked', async () => {
    const ids = Array.from({ length: 40 }, (_, index) => traceId(index));
    xray.on(GetTraceSummariesCommand).resolves({
      TraceSummaries: ids.map((Id) => ({ Id })),
    });
    let inFlight = 0;
    let mostInFlight = 0;
    xray.on(BatchGetTracesCommand).callsFake(async (input) => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight -= 1;
      return { Traces: input.TraceIds.map((Id: string) => ({ Id })) };
    });

    await readTraceWindow({ client, window, concurrency: 3 });

    expect(mostInFlight).toBe(3);
    expect(xray.commandCalls(BatchGetTracesCommand)).toHaveLength(8);
  });

  it('splits a window longer than 6 hours and lists each id once', async () => {
    xray.on(GetTraceSummariesCommand).resolves({
      TraceSummaries: [{ Id: traceId(7) }],
    });
    answerBatchesWithTheirIds();
    const longWindow = {
      start: new Date('2026-12-03T00:00:00Z'),
      end: new Date('2026-12-03T13:00:00Z'),
    };

    const read = await readTraceWindow({ client, window: longWindow });

    const starts = xray
      .commandCalls(GetTraceSummariesCommand)
      .map((call) => call.args[0].input.StartTime?.toISOString());
    expect(starts).toEqual([
      '2026-12-03T00:00:00.000Z',
      '2026-12-03T06:00:00.000Z',
      '2026-12-03T12:00:00.000Z',
    ]);
    expect(read.traceIds).toEqual([traceId(7)]);
  });

  it('backs off and retries when X-Ray throttles', async () => {
    xray
      .on(GetTraceSummariesCommand)
      .rejectsOnce(throttled())
      .rejectsOnce(throttled())
      .resolves({ TraceSummaries: [{ Id: traceId(1) }] });
    xray
      .on(BatchGetTracesCommand)
      .rejectsOnce(throttled())
      .resolves({ Traces: [{ Id: traceId(1), Segments: [] }] });

    const read = await readTraceWindow({ client, window, retry: fastRetry });

    expect(xray.commandCalls(GetTraceSummariesCommand)).toHaveLength(3);
    expect(xray.commandCalls(BatchGetTracesCommand)).toHaveLength(2);
    expect(read.pages[0]?.Traces[0]?.Id).toBe(traceId(1));
  });

  it('gives up after maxAttempts with the last error as cause', async () => {
    xray.on(GetTraceSummariesCommand).rejects(throttled());

    const reading = readTraceWindow({
      client,
      window,
      retry: { ...fastRetry, maxAttempts: 3 },
    });

    await expect(reading).rejects.toThrow(XRayRequestError);
    await expect(reading).rejects.toMatchObject({
      operation: 'GetTraceSummaries',
      attempts: 3,
      cause: { name: 'ThrottledException' },
    });
  });

  it('does not retry an error that is not transient', async () => {
    xray.on(GetTraceSummariesCommand).rejects(
      Object.assign(new Error('bad filter'), {
        name: 'InvalidRequestException',
        $metadata: { httpStatusCode: 400 },
      }),
    );

    await expect(
      readTraceWindow({ client, window, retry: fastRetry }),
    ).rejects.toMatchObject({ name: 'XRayRequestError', attempts: 1 });
  });

  it('stops with XRayDeadlineError when the deadline passes', async () => {
    xray.on(GetTraceSummariesCommand).rejects(throttled());

    const reading = readTraceWindow({
      client,
      window,
      deadlineMs: 50,
      retry: { baseDelayMs: 20, maxDelayMs: 20, random: () => 1 },
    });

    await expect(reading).rejects.toThrow(XRayDeadlineError);
    await expect(reading).rejects.toMatchObject({ deadlineMs: 50 });
  });

  it('stops with XRayDeadlineError when the caller aborts', async () => {
    xray.on(GetTraceSummariesCommand).rejects(throttled());
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);

    const reading = readTraceWindow({
      client,
      window,
      signal: controller.signal,
      retry: { baseDelayMs: 50, maxDelayMs: 50, random: () => 1 },
    });

    await expect(reading).rejects.toMatchObject({
      name: 'XRayDeadlineError',
      deadlineMs: undefined,
    });
    expect(xray.commandCalls(GetTraceSummariesCommand)).toHaveLength(1);
  });

  it('reports the ids X-Ray left unprocessed', async () => {
    xray.on(GetTraceSummariesCommand).resolves({
      TraceSummaries: [{ Id: traceId(1) }, { Id: traceId(2) }],
    });
    xray.on(BatchGetTracesCommand).resolves({
      Traces: [{ Id: traceId(1), Segments: [] }],
      UnprocessedTraceIds: [traceId(2)],
    });

    const read = await readTraceWindow({ client, window });

    expect(read.unprocessedTraceIds).toEqual([traceId(2)]);
  });
});
