import type { SegmentStore } from '../store/segment-store.js';
import { traceViews } from '../store/trace-views.js';
import { readTraceIds } from './batch-get-traces.js';
import { buildServiceGraph } from './service-graph.js';

/**
 * Answers GetTraceGraph: the service graph of at most 5 given traces.
 *
 * @throws {XRayRequestError} `ValidationException` on a bad `TraceIds`.
 * @example
 * getTraceGraph(store, { TraceIds: ['1-5759e988-bd862e3fe1be46a994272793'] });
 */
export function getTraceGraph(
  store: SegmentStore,
  input: Record<string, unknown>,
) {
  const traces = readTraceIds(input.TraceIds)
    .map((traceId) => store.getTrace(traceId))
    .filter((stored) => stored !== undefined)
    .map((stored) => traceViews(stored).trace);

  return { Services: buildServiceGraph(traces) };
}
