import { XRayRequestError } from '../errors.js';
import type { AssembledTrace } from '../store/assemble-trace.js';
import type { SegmentStore } from '../store/segment-store.js';
import { traceViews } from '../store/trace-views.js';
import { requiredTimestamp } from './request-fields.js';
import { buildServiceGraph } from './service-graph.js';

/**
 * Answers GetServiceGraph: the graph of the traces whose segments overlap
 * the time window. Groups are ignored: every trace belongs to the default
 * group.
 *
 * @throws {XRayRequestError} on a missing or reversed window.
 * @example
 * getServiceGraph(store, { StartTime: 1700000000, EndTime: 1700000600 });
 */
export function getServiceGraph(
  store: SegmentStore,
  input: Record<string, unknown>,
) {
  const startTime = requiredTimestamp(input, 'StartTime');
  const endTime = requiredTimestamp(input, 'EndTime');
  if (endTime < startTime) {
    throw new XRayRequestError(
      'InvalidRequestException',
      `EndTime (${endTime}) is before StartTime (${startTime}); swap them.`,
    );
  }

  const traces = [...store.traces()]
    .map((stored) => traceViews(stored).trace)
    .filter((trace) => overlaps(trace, startTime, endTime));

  return {
    StartTime: startTime,
    EndTime: endTime,
    Services: buildServiceGraph(traces),
    ContainsOldGroupVersions: false,
  };
}

function overlaps(
  trace: AssembledTrace,
  startTime: number,
  endTime: number,
): boolean {
  const starts = trace.segments.map((segment) => segment.start_time);
  if (starts.length === 0) return false;
  const first = Math.min(...starts);
  const last = first + trace.duration;

  return first <= endTime && last >= startTime;
}
