import { XRayRequestError } from '../errors.js';
import type { SegmentStore } from '../store/segment-store.js';
import { traceViews } from '../store/trace-views.js';

/**
 * The most trace ids one BatchGetTraces call accepts.
 *
 * @example
 * for (let start = 0; start < ids.length; start += MAX_BATCH_TRACE_IDS) { ... }
 */
export const MAX_BATCH_TRACE_IDS = 5;

/**
 * Answers BatchGetTraces: each known trace with one `Segments` entry per
 * segment document (separately sent subsegments merged into their parent),
 * unknown ids in `UnprocessedTraceIds`.
 *
 * @throws {XRayRequestError} `ValidationException` when `TraceIds` is
 * missing, empty or longer than 5.
 * @example
 * batchGetTraces(store, { TraceIds: ['1-5759e988-bd862e3fe1be46a994272793'] });
 */
export function batchGetTraces(
  store: SegmentStore,
  input: Record<string, unknown>,
) {
  const traceIds = readTraceIds(input.TraceIds);
  const traces = [];
  const unprocessed: string[] = [];
  for (const traceId of traceIds) {
    const stored = store.getTrace(traceId);
    if (!stored) {
      unprocessed.push(traceId);
      continue;
    }
    const trace = traceViews(stored).trace;
    traces.push({
      Id: trace.traceId,
      Duration: trace.duration,
      LimitExceeded: false,
      Segments: trace.segments.map((segment) => ({
        Id: segment.id,
        Document: JSON.stringify(segment),
      })),
    });
  }

  return { Traces: traces, UnprocessedTraceIds: unprocessed };
}

/**
 * Reads and checks the `TraceIds` member of BatchGetTraces and GetTraceGraph.
 *
 * @throws {XRayRequestError} `ValidationException` outside 1 to 5 ids.
 * @example
 * readTraceIds(input.TraceIds);
 */
export function readTraceIds(value: unknown): string[] {
  if (!Array.isArray(value) || value.some((id) => typeof id !== 'string')) {
    throw new XRayRequestError(
      'ValidationException',
      `1 validation error detected: Value ${JSON.stringify(value) ?? 'null'} at 'traceIds' failed to satisfy constraint: Member must be a list of trace id strings.`,
    );
  }
  if (value.length < 1 || value.length > MAX_BATCH_TRACE_IDS) {
    throw new XRayRequestError(
      'ValidationException',
      `1 validation error detected: Value '[${value.join(', ')}]' at 'traceIds' failed to satisfy constraint: Member must have length between 1 and ${MAX_BATCH_TRACE_IDS}. Split the ids into batches of ${MAX_BATCH_TRACE_IDS}.`,
    );
  }

  return value as string[];
}
