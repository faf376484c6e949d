import type { Evidence, LatencyFigures } from '../report/report-types.js';
import type { Candidate } from './candidate.js';
import type { Partition } from './partition.js';
import { quantile, round, sortedNumbers } from './quantile.js';

/**
 * The evidence records of a candidate: failed and unfinished calls,
 * status codes, exceptions, retries, baseline rate, propagation to
 * callers and latency figures.
 *
 * @example
 * evidenceOf(candidate, partition)[0]?.kind; // 'failed-calls'
 */
export function evidenceOf(
  candidate: Candidate,
  partition: Partition,
): Evidence[] {
  const evidence: Evidence[] = [];
  const traces = candidate.traceIds.length;
  const { kind } = candidate;
  if (
    kind === 'throttle' ||
    kind === 'timeout' ||
    kind === 'fault' ||
    kind === 'error'
  ) {
    if (candidate.calls > 0 && candidate.latency === undefined) {
      evidence.push({
        kind: 'failed-calls',
        outcome: kind,
        count: candidate.calls,
        traces,
      });
    }
  }
  if (candidate.unfinishedCalls > 0) {
    evidence.push({
      kind: 'unfinished-calls',
      count: candidate.unfinishedCalls,
      traces,
    });
  }
  if (candidate.statuses.size > 0) {
    evidence.push({
      kind: 'status-codes',
      counts: toRecord(candidate.statuses),
    });
  }
  if (candidate.exceptions.size > 0) {
    evidence.push({
      kind: 'exceptions',
      counts: toRecord(candidate.exceptions),
    });
  }
  if (candidate.retriedCalls > 0) {
    evidence.push({
      kind: 'retries',
      calls: candidate.retriedCalls,
      retries: candidate.retries,
    });
  }
  if (partition.kind !== 'none') {
    evidence.push({
      kind: 'baseline-rate',
      windowTraces: partition.window.length,
      windowAffected: candidate.windowTraces,
      baselineTraces: partition.baseline.length,
      baselineAffected: candidate.baselineTraces,
    });
  }
  evidence.push({
    kind: 'propagation',
    tracesFailedAbove: Math.min(candidate.propagated, traces),
    traces,
  });
  if (candidate.latency !== undefined) {
    evidence.push({
      kind: 'latency',
      metric: 'exclusive-ms',
      baseline: figures(candidate.latency.baseline),
      window: figures(candidate.latency.window),
    });
  }

  return evidence;
}

function figures(values: readonly number[]): LatencyFigures {
  const sorted = sortedNumbers(values);

  return {
    traces: sorted.length,
    p50: round(quantile(sorted, 0.5), 1),
    p99: round(quantile(sorted, 0.99), 1),
  };
}

function toRecord(counts: ReadonlyMap<string, number>): Record<string, number> {
  const entries = [...counts].sort((left, right) =>
    left[0] < right[0] ? -1 : left[0] > right[0] ? 1 : 0,
  );

  return Object.fromEntries(entries);
}
