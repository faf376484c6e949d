/**
 * The kinds of root cause, as a closed set.
 *
 * @example
 * RootCauseKind.throttle; // 'throttle'
 */
export const RootCauseKind = {
  throttle: 'throttle',
  timeout: 'timeout',
  fault: 'fault',
  error: 'error',
  latency: 'latency',
  coldStart: 'cold-start',
} as const;

/** One of `throttle`, `timeout`, `fault`, `error`, `latency`, `cold-start`. */
export type RootCauseKind = (typeof RootCauseKind)[keyof typeof RootCauseKind];

/** Latency figures in milliseconds. */
export interface LatencyFigures {
  traces: number;
  p50: number;
  p99: number;
}

/**
 * One piece of evidence behind a root cause, told apart by `kind`.
 *
 * @example
 * const evidence: Evidence = {
 *   kind: 'failed-calls', outcome: 'throttle', count: 212, traces: 64,
 * };
 */
export type Evidence =
  | {
      kind: 'failed-calls';
      outcome: 'throttle' | 'timeout' | 'fault' | 'error';
      count: number;
      traces: number;
    }
  | { kind: 'unfinished-calls'; count: number; traces: number }
  | { kind: 'status-codes'; counts: Record<string, number> }
  | { kind: 'exceptions'; counts: Record<string, number> }
  | { kind: 'retries'; calls: number; retries: number }
  | {
      kind: 'baseline-rate';
      windowTraces: number;
      windowAffected: number;
      baselineTraces: number;
      baselineAffected: number;
    }
  | {
      kind: 'latency';
      metric: 'exclusive-ms' | 'trace-duration-ms';
      baseline: LatencyFigures;
      window: LatencyFigures;
    }
  | { kind: 'propagation'; tracesFailedAbove: number; traces: number };

/**
 * A ranked root cause: where the trouble starts, what kind it is, how many
 * traces it explains, how sure the engine is, and the evidence.
 *
 * @example
 * const cause = report.rootCauses[0];
 * `${cause.service} ${cause.kind} (${cause.confidence})`;
 */
export interface RootCause {
  rank: number;
  service: string;
  resource?: string;
  operation?: string;
  kind: RootCauseKind;
  exception?: string;
  tracesAffected: number;
  confidence: number;
  symptoms: string[];
  exampleTraceIds: string[];
  evidence: Evidence[];
}

/**
 * One trace in a report, for a timeline: times in epoch milliseconds and
 * duration in milliseconds. `rootCauseRank` names the cause that claims it.
 *
 * @example
 * report.traces.filter((trace) => trace.affected).length;
 */
export interface TraceSummary {
  id: string;
  start: number;
  duration: number;
  error: boolean;
  fault: boolean;
  throttle: boolean;
  slow: boolean;
  affected: boolean;
  rootCauseRank?: number;
}

/**
 * One edge of the service graph: calls from a caller node to a callee node
 * (named as on the service map), with failures and latency in milliseconds.
 *
 * @example
 * const edge: ServiceEdge = {
 *   caller: 'order-validation', callee: 'DynamoDB', calls: 240,
 *   failures: 64, p50: 12, p99: 2900,
 * };
 */
export interface ServiceEdge {
  caller: string;
  callee: string;
  calls: number;
  failures: number;
  p50: number;
  p99: number;
}

/**
 * How the healthy reference was chosen: given explicitly, derived from the
 * quiet part of the window, or none (everything looks alike).
 *
 * @example
 * report.baseline.kind; // 'derived'
 */
export interface BaselineDescription {
  kind: 'explicit' | 'derived' | 'none';
  traces: number;
  /** Epoch milliseconds of the outage window's first and last trace. */
  windowStart?: number;
  windowEnd?: number;
}

/**
 * The result of `analyze`: counts, ranked root causes, and what a view
 * needs to draw a timeline (traces) and a map (serviceGraph).
 *
 * @example
 * const report = analyze(traces);
 * console.log(JSON.stringify(report.rootCauses, null, 2));
 */
export interface RcaReport {
  tracesAnalyzed: number;
  tracesWithIssues: number;
  rootCauses: RootCause[];
  baseline: BaselineDescription;
  traces: TraceSummary[];
  serviceGraph: ServiceEdge[];
}
