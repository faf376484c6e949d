import {
  BatchGetTracesCommand,
  GetTraceSummariesCommand,
  XRayClient,
} from '@aws-sdk/client-xray';
import { type BuiltTrace, toBatchGetTracesPage } from '@org/testing';
import { mockClient } from 'aws-sdk-client-mock';

/**
 * An X-Ray client whose GetTraceSummaries lists the given traces that
 * start inside the asked window and whose BatchGetTraces returns them.
 *
 * @example
 * const xray = fakeXRay(traces);
 */
export function fakeXRay(traces: readonly BuiltTrace[]): XRayClient {
  const client = new XRayClient({ region: 'us-east-1' });
  const mock = mockClient(client);
  const page = toBatchGetTracesPage(traces);
  const startOf = new Map(
    traces.map((trace) => [trace.id, startSeconds(trace)]),
  );
  mock.on(GetTraceSummariesCommand).callsFake((input) => {
    const from = (input.StartTime as Date).getTime() / 1000;
    const to = (input.EndTime as Date).getTime() / 1000;
    const ids = [...startOf].filter(([, start]) => start >= from && start < to);
    return { TraceSummaries: ids.map(([Id]) => ({ Id })) };
  });
  mock.on(BatchGetTracesCommand).callsFake((input) => {
    const wanted = new Set<string>(input.TraceIds);
    return {
      Traces: page.Traces.filter((trace) => wanted.has(trace.Id)),
      UnprocessedTraceIds: [],
    };
  });

  return client;
}

function startSeconds(trace: BuiltTrace): number {
  return Math.min(...trace.segments.map((segment) => segment.start_time));
}
