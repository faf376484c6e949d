import { createLocator } from '../locate/locator.js';
import { type TraceFacts, traceFacts } from '../locate/trace-facts.js';
import type { TraceSet } from '../model/trace-set.js';
import type { BaselineDescription, RcaReport } from '../report/report-types.js';
import { markBroadSlowdown } from './broad-slowdown.js';
import type { Candidate } from './candidate.js';
import { inferCutOffCalls } from './cut-off-calls.js';
import {
  type FailureCandidates,
  failureCandidates,
} from './failure-candidates.js';
import { latencyCandidates } from './latency-candidates.js';
import { mergeCandidates } from './merge-candidates.js';
import {
  failurePartition,
  latencyPartition,
  type Partition,
  retryPartition,
} from './partition.js';
import { type RankInput, rankCauses } from './rank.js';
import { retryCandidates } from './retry-candidates.js';
import { withoutScalingColdStarts } from './scaling-cold-starts.js';
import { ServiceGraphBuilder } from './service-graph.js';
import { recognizeTimeoutCeilings } from './timeout-ceilings.js';
import { traceSummaries } from './trace-summaries.js';

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /**
   * Healthy traces to compare against. Default: the quiet part of the
   * analysed traces, found where failures (or slow traces) thin out.
   */
  baseline?: TraceSet;
  /** How many root causes to return at most. Default 5. */
  top?: number;
}

/**
 * Finds the root causes of an outage in a set of traces: where trouble
 * starts (not where it shows), ranked by how many traces each explains
 * beyond the baseline, with confidence and evidence. Pure and
 * deterministic: no I/O, no clock, no randomness.
 *
 * @example
 * const report = analyze(readTraces(text), { top: 3 });
 * const [first] = report.rootCauses;
 * // { service: 'DynamoDB', resource: 'orders', kind: 'throttle', ... }
 */
export function analyze(
  traces: TraceSet,
  options: AnalyzeOptions = {},
): RcaReport {
  const locator = createLocator();
  const graph = new ServiceGraphBuilder();
  const analysed = inferCutOffCalls(
    recognizeTimeoutCeilings(
      sortByStart(
        traces.traces.map((record) => traceFacts(record, locator, graph)),
      ),
    ),
  );
  const explicit =
    options.baseline &&
    inferCutOffCalls(
      recognizeTimeoutCeilings(
        options.baseline.traces.map((record) => traceFacts(record, locator)),
      ),
    );
  const failurePart = failurePartition(analysed, explicit);
  const latencyPart = latencyPartition(analysed, explicit);

  const failures = failureCandidates(analysed, failurePart);
  const latency = latencyCandidates(latencyPart);
  const latencyCauses = withoutScalingColdStarts(
    latency.causes,
    failures.causes,
    analysed,
  );
  markBroadSlowdown(latencyCauses, latencyPart);
  const retryPart = retryPartition(analysed, explicit);
  const retried = retryCandidates(retryPart);
  const inputs = rankInputs(
    failures,
    { latency: latencyCauses, retried, retryPart },
    failurePart,
    latencyPart,
  );
  const explained = new Set(failures.explained);
  for (const cause of latencyCauses) {
    for (const id of cause.traceIds) explained.add(id);
  }
  const ranked = rankCauses(inputs, {
    issueTraces: explained.size,
    top: options.top ?? 5,
    traceOrder: new Map(analysed.map((facts, index) => [facts.id, index])),
  });
  const rootCauses = ranked.map((entry) => entry.cause);

  return {
    tracesAnalyzed: analysed.length,
    tracesWithIssues: countIssueTraces(analysed, latency.slow),
    rootCauses,
    baseline: describeBaseline(failurePart, latencyPart, analysed),
    traces: traceSummaries(
      analysed,
      rootCauses,
      new Map(ranked.map((entry) => [entry.cause.rank, entry.traceIds])),
      latency.slow,
    ),
    serviceGraph: graph.edges(),
  };
}

function rankInputs(
  failures: FailureCandidates,
  successes: {
    latency: Candidate[];
    retried: Candidate[];
    retryPart: Partition;
  },
  failurePart: Partition,
  latencyPart: Partition,
): RankInput[] {
  const partitionOf = new Map<Candidate, Partition>();
  for (const candidate of successes.latency) {
    partitionOf.set(candidate, latencyPart);
  }
  for (const candidate of successes.retried) {
    partitionOf.set(candidate, successes.retryPart);
  }
  const causes = mergeCandidates([
    ...failures.causes,
    ...successes.latency,
    ...successes.retried,
  ]);
  const noise = mergeCandidates(failures.noise).map((candidate) => ({
    candidate,
    partition: failurePart,
    noise: true,
  }));
  if (causes.length === 0) return noise;

  // Failures above the baseline's rate, too few to stand out, follow the
  // causes: a second cause may be seen in a handful of traces only.
  return [
    ...causes.map((candidate) => ({
      candidate,
      partition: partitionOf.get(candidate) ?? failurePart,
      noise: false,
    })),
    ...noise.filter(({ candidate }) => candidate.excess > 0),
  ];
}

function countIssueTraces(
  analysed: readonly TraceFacts[],
  slow: ReadonlySet<string>,
): number {
  return analysed.filter(
    (facts) => facts.findings.length > 0 || slow.has(facts.id),
  ).length;
}

function describeBaseline(
  failurePart: Partition,
  latencyPart: Partition,
  analysed: readonly TraceFacts[],
): BaselineDescription {
  const partition = failurePart.kind !== 'none' ? failurePart : latencyPart;
  const description: BaselineDescription = {
    kind: partition.kind,
    traces: partition.baseline.length,
  };
  if (
    partition.kind !== 'derived' ||
    partition.window.length === analysed.length
  ) {
    return description;
  }
  const first = partition.window[0];
  const last = partition.window[partition.window.length - 1];
  if (first !== undefined) description.windowStart = first.start * 1000;
  if (last !== undefined) description.windowEnd = last.start * 1000;

  return description;
}

function sortByStart(facts: TraceFacts[]): TraceFacts[] {
  return facts.sort(
    (left, right) =>
      left.start - right.start ||
      (left.id < right.id ? -1 : left.id > right.id ? 1 : 0),
  );
}
