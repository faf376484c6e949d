import type { RcaReport, TraceSummary } from '@org/rca';

/**
 * One slice of the window: the traces that started in it, how many of
 * them failed (error, fault or throttle), and their p99 duration in
 * milliseconds (undefined for an empty slice). Times are epoch ms.
 *
 * @example
 * const bucket: TimelineBucket = {
 *   start: 0, end: 10_000, requests: 12, failed: 3, p99: 2900,
 * };
 */
export interface TimelineBucket {
  start: number;
  end: number;
  requests: number;
  failed: number;
  p99: number | undefined;
}

/**
 * Where the traffic changed, and how that was found: the start of the
 * outage window the engine derived its baseline around, or, when it did
 * not derive one, the first trace that a root cause explains.
 *
 * @example
 * const point: ChangePoint = {
 *   kind: 'first-affected', at: 1796313635100,
 * };
 */
export type ChangePoint =
  | { kind: 'derived-window'; at: number; windowEnd: number }
  | { kind: 'first-affected'; at: number };

/**
 * Cuts the window into equal slices of time, one slice per four traces by
 * default, at least one and at most 40.
 *
 * @example
 * timelineBuckets(report.traces).map((bucket) => bucket.requests);
 */
export function timelineBuckets(
  traces: readonly TraceSummary[],
  count = Math.min(40, Math.max(1, Math.ceil(traces.length / 4))),
): TimelineBucket[] {
  if (traces.length === 0) return [];

  const starts = traces.map((trace) => trace.start);
  const first = lowest(starts);
  const size = Math.max(highest(starts) - first, 1) / count;
  const slices = Array.from({ length: count }, () => ({
    durations: [] as number[],
    failed: 0,
  }));
  for (const trace of traces) {
    const index = Math.min(count - 1, Math.floor((trace.start - first) / size));
    const slice = slices[index];
    if (slice === undefined) continue;
    slice.durations.push(trace.duration);
    if (trace.error || trace.fault || trace.throttle) slice.failed += 1;
  }

  return slices.map((slice, index) => ({
    start: first + index * size,
    end: first + (index + 1) * size,
    requests: slice.durations.length,
    failed: slice.failed,
    p99: percentile99(slice.durations),
  }));
}

/**
 * The change point of a report, or undefined when no trace is explained
 * by a root cause and no outage window was derived.
 *
 * @example
 * changePoint(report)?.at; // epoch ms
 */
export function changePoint(report: RcaReport): ChangePoint | undefined {
  const { baseline } = report;
  if (
    baseline.kind === 'derived' &&
    baseline.windowStart !== undefined &&
    baseline.windowEnd !== undefined
  ) {
    return {
      kind: 'derived-window',
      at: baseline.windowStart,
      windowEnd: baseline.windowEnd,
    };
  }
  const affected = report.traces.filter((trace) => trace.affected);
  if (affected.length === 0) return undefined;

  return {
    kind: 'first-affected',
    at: lowest(affected.map((trace) => trace.start)),
  };
}

function percentile99(values: number[]): number | undefined {
  if (values.length === 0) return undefined;

  const sorted = [...values].sort((left, right) => left - right);
  const index = Math.ceil(0.99 * sorted.length) - 1;

  return sorted[Math.max(0, index)];
}

// Loops rather than Math.min(...values): a spread of a very large window
// would overflow the call stack.
function lowest(values: readonly number[]): number {
  let result = Number.POSITIVE_INFINITY;
  for (const value of values) if (value < result) result = value;

  return result;
}

function highest(values: readonly number[]): number {
  let result = Number.NEGATIVE_INFINITY;
  for (const value of values) if (value > result) result = value;

  return result;
}
