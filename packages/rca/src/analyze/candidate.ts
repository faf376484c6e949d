import type { NodeLocation } from '../classify/node-location.js';
import type { RootCauseKind } from '../report/report-types.js';

/** A candidate's kind before unfinished calls are merged into a real kind. */
export type CandidateKind = RootCauseKind | 'unfinished';

/**
 * A possible root cause gathered across traces: one location and kind,
 * the traces it explains and the evidence counted along the way.
 *
 * @example
 * const candidate = newCandidate(location, 'throttle');
 */
export interface Candidate {
  readonly location: NodeLocation;
  kind: CandidateKind;
  /** Analysed traces it explains, in trace order. */
  readonly traceIds: string[];
  windowTraces: number;
  baselineTraces: number;
  /** Window traces beyond what the baseline's rate predicts. */
  excess: number;
  calls: number;
  unfinishedCalls: number;
  retries: number;
  retriedCalls: number;
  propagated: number;
  readonly statuses: Map<string, number>;
  readonly exceptions: Map<string, number>;
  readonly symptoms: Map<string, number>;
  /** True when drawn from calls that succeeded (slow or retried). */
  fromSuccesses?: boolean;
  /**
   * For a latency candidate: true when its own time got slower than the
   * baseline's where present (1.5 times its 95th percentile), not only
   * above it more often. For a cold start, Initialization got slower than
   * the baseline's own cold starts; otherwise more cold starts are a
   * scaling symptom, kept only when nothing else explains the outage.
   */
  slowerThanBaseline?: boolean;
  /**
   * How many locations slowed down together with this one when most of
   * the system got slower at once (the machine, not one dependency).
   */
  slowedTogether?: number;
  /** Own time in ms of the location, for latency evidence. */
  latency?: { baseline: number[]; window: number[] };
}

/**
 * Creates an empty candidate.
 *
 * @example
 * newCandidate(location, 'fault').traceIds; // []
 */
export function newCandidate(
  location: NodeLocation,
  kind: CandidateKind,
): Candidate {
  return {
    location,
    kind,
    traceIds: [],
    windowTraces: 0,
    baselineTraces: 0,
    excess: 0,
    calls: 0,
    unfinishedCalls: 0,
    retries: 0,
    retriedCalls: 0,
    propagated: 0,
    statuses: new Map(),
    exceptions: new Map(),
    symptoms: new Map(),
  };
}

/**
 * The grouping key of a location and kind.
 *
 * @example
 * candidateKey(location, 'throttle'); // 'DynamoDB|orders|PutItem|call#throttle'
 */
export function candidateKey(location: NodeLocation, kind: string): string {
  return `${location.key}#${kind}`;
}

/**
 * Adds one to a counter in a map.
 *
 * @example
 * increment(candidate.statuses, '400');
 */
export function increment(
  counts: Map<string, number>,
  key: string,
  by = 1,
): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/**
 * Folds the evidence of `from` into `into` (used when unfinished calls
 * join the throttles or faults seen at the same place).
 *
 * @example
 * mergeCandidate(throttles, unfinished);
 */
export function mergeCandidate(into: Candidate, from: Candidate): void {
  const known = new Set(into.traceIds);
  for (const id of from.traceIds) {
    if (!known.has(id)) into.traceIds.push(id);
  }
  into.windowTraces += from.windowTraces;
  into.baselineTraces += from.baselineTraces;
  into.excess += from.excess;
  into.calls += from.calls;
  into.unfinishedCalls += from.unfinishedCalls;
  into.retries += from.retries;
  into.retriedCalls += from.retriedCalls;
  into.propagated += from.propagated;
  for (const field of ['statuses', 'exceptions', 'symptoms'] as const) {
    for (const [key, count] of from[field]) increment(into[field], key, count);
  }
}

/**
 * Sets a candidate's excess: its window traces minus those the baseline's
 * rate predicts for a window of that size (all of them without baseline).
 *
 * @example
 * setExcess(candidate, { window: 200, baseline: 100 });
 */
export function setExcess(
  candidate: Candidate,
  sizes: { window: number; baseline: number },
): void {
  const expected =
    sizes.baseline === 0
      ? 0
      : (candidate.baselineTraces / sizes.baseline) * sizes.window;
  candidate.excess = Math.max(0, candidate.windowTraces - expected);
}
