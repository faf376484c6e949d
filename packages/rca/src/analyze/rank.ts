import type { RootCause, RootCauseKind } from '../report/report-types.js';
import type { Candidate } from './candidate.js';
import { evidenceOf } from './evidence.js';
import type { Partition } from './partition.js';
import { round } from './quantile.js';

/**
 * How much one explained trace counts, by kind: client errors (4xx
 * answers) are often expected, so they weigh less than failures of the
 * platform; an `error` that is a defect (an exception, no 4xx) weighs 1.
 */
const KIND_WEIGHT: Readonly<Record<RootCauseKind, number>> = {
  throttle: 1,
  timeout: 1,
  fault: 1,
  error: 0.6,
  latency: 0.9,
  'cold-start': 0.9,
};

/** Confidence of candidates reported only because nothing else stood out. */
const NOISE_DISCOUNT = 0.3;

/** A candidate with what ranking needs alongside it. */
export interface RankInput {
  readonly candidate: Candidate;
  readonly partition: Partition;
  readonly noise: boolean;
}

/** A root cause with the ids of all the traces it explains. */
export interface RankedCause {
  readonly cause: RootCause;
  readonly traceIds: readonly string[];
}

/**
 * Scores a candidate: excess traces × kind weight × propagation, where
 * propagation is 0.4 + 0.6 × the share of its traces in which a caller
 * or the trace's entry failed (latency always slows its trace), divided
 * by the number of locations that slowed together in a broad slowdown.
 *
 * @example
 * score(candidate); // 61.2
 */
export function score(candidate: Candidate): number {
  const kind = candidate.kind as RootCauseKind;
  const traces = Math.max(1, candidate.traceIds.length);
  const propagated = Math.min(1, candidate.propagated / traces);

  const weight =
    kind === 'error' && !isClientAnswer(candidate) ? 1 : KIND_WEIGHT[kind];

  const together = Math.max(1, candidate.slowedTogether ?? 1);

  return (candidate.excess * weight * (0.4 + 0.6 * propagated)) / together;
}

/** True when most of a candidate's failed calls were answered with a 4xx. */
function isClientAnswer(candidate: Candidate): boolean {
  let clientAnswers = 0;
  for (const [status, count] of candidate.statuses) {
    if (status.startsWith('4')) clientAnswers += count;
  }

  return clientAnswers * 2 >= Math.max(1, candidate.calls);
}

/**
 * Ranks candidates into root causes with calibrated confidence (see the
 * README): sqrt(share of the total score) × (0.6 + 0.4 × share of the
 * issue traces it explains) × (1 − e^(−excess / 3)), discounted for noise
 * and divided among the locations of a broad slowdown. Causes of the same
 * kind at the same resource (one table throttled on several operations)
 * count as one in confidence: each takes its group's summed score,
 * traces and excess. The order stays that of each cause's own score.
 * Latency of a broad slowdown ranks below every other cause. Ties are
 * broken by traces affected, then by location and kind, so the order is
 * deterministic.
 *
 * @example
 * rankCauses(inputs, { issueTraces: 71, top: 5, traceOrder });
 */
export function rankCauses(
  inputs: readonly RankInput[],
  context: {
    issueTraces: number;
    top: number;
    traceOrder: ReadonlyMap<string, number>;
  },
): RankedCause[] {
  const scored = inputs
    .map((input) => ({ ...input, score: score(input.candidate) }))
    .filter((input) => input.score > 0 || input.noise);
  scored.sort(
    (left, right) =>
      Number(left.noise) - Number(right.noise) ||
      broadTier(left.candidate) - broadTier(right.candidate) ||
      right.score - left.score ||
      right.candidate.traceIds.length - left.candidate.traceIds.length ||
      compareText(identity(left.candidate), identity(right.candidate)),
  );
  // Noise listed after causes takes no share from them.
  const counted = scored.some((input) => !input.noise)
    ? scored.filter((input) => !input.noise)
    : scored;
  const total = counted.reduce((sum, input) => sum + input.score, 0);

  return withResourceGroups(scored)
    .slice(0, context.top)
    .map((input, index) => {
      const { candidate, group } = input;
      const dominance = total === 0 ? 0 : group.score / total;
      const coverage = Math.min(
        1,
        group.traces.size / Math.max(1, context.issueTraces),
      );
      const support = 1 - Math.exp(-group.excess / 3);
      // A broad slowdown names no single location: its share is spread.
      const together = Math.max(1, candidate.slowedTogether ?? 1);
      const confidence =
        (Math.sqrt(dominance) / together) *
        (0.6 + 0.4 * coverage) *
        support *
        (input.noise ? NOISE_DISCOUNT : 1);

      return {
        cause: toRootCause(
          candidate,
          index + 1,
          round(confidence, 2),
          input.partition,
          context.traceOrder,
        ),
        traceIds: candidate.traceIds,
      };
    });
}

/** The summed score, excess and traces of the causes of one resource. */
interface ResourceGroup {
  score: number;
  excess: number;
  readonly traces: Set<string>;
}

/**
 * Groups causes of the same kind at the same service, resource and phase
 * (one throttled table, seen on several operations): they are one problem
 * seen through several doors, so in confidence they share their score,
 * excess and traces instead of competing with each other.
 */
function withResourceGroups<
  Scored extends { candidate: Candidate; score: number },
>(scored: readonly Scored[]): (Scored & { group: ResourceGroup })[] {
  const groups = new Map<string, ResourceGroup>();
  return scored.map((input) => {
    const key = groupKey(input.candidate);
    const group = groups.get(key) ?? {
      score: 0,
      excess: 0,
      traces: new Set<string>(),
    };
    group.score += input.score;
    group.excess += input.candidate.excess;
    for (const id of input.candidate.traceIds) group.traces.add(id);
    groups.set(key, group);

    return { ...input, group };
  });
}

/**
 * The key of a cause's resource group. A cause without a named resource
 * forms a group by itself: nothing shows that it shares one.
 */
function groupKey(candidate: Candidate): string {
  const { location } = candidate;
  if (location.resource === undefined) {
    return `cause:${identity(candidate)}`;
  }

  return [
    'resource',
    location.service,
    location.resource,
    location.phase,
    candidate.kind,
  ].join('|');
}

/**
 * Latency of a broad slowdown names no location of its own: any cause
 * with evidence of its own (a throttle, a fault) ranks above it.
 */
function broadTier(candidate: Candidate): number {
  return candidate.slowedTogether === undefined ? 0 : 1;
}

function toRootCause(
  candidate: Candidate,
  rank: number,
  confidence: number,
  partition: Partition,
  traceOrder: ReadonlyMap<string, number>,
): RootCause {
  const { location } = candidate;
  const cause: RootCause = {
    rank,
    service: location.service,
    kind: candidate.kind as RootCauseKind,
    tracesAffected: candidate.traceIds.length,
    confidence,
    symptoms: topKeys(candidate.symptoms, 5),
    exampleTraceIds: [...candidate.traceIds]
      .sort(
        (left, right) =>
          (traceOrder.get(left) ?? 0) - (traceOrder.get(right) ?? 0),
      )
      .slice(0, 5),
    evidence: evidenceOf(candidate, partition),
  };
  if (location.resource !== undefined) cause.resource = location.resource;
  if (location.operation !== undefined) cause.operation = location.operation;
  const exception = topKeys(candidate.exceptions, 1)[0];
  if (exception !== undefined) cause.exception = exception;

  return cause;
}

function topKeys(counts: ReadonlyMap<string, number>, limit: number): string[] {
  return [...counts]
    .sort((left, right) => right[1] - left[1] || compareText(left[0], right[0]))
    .slice(0, limit)
    .map(([key]) => key);
}

function identity(candidate: Candidate): string {
  return `${candidate.location.key}#${candidate.kind}`;
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
