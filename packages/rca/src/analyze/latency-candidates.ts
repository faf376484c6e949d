import type { TraceFacts } from '../locate/trace-facts.js';
import {
  type Candidate,
  type CandidateKind,
  candidateKey,
  newCandidate,
  setExcess,
} from './candidate.js';
import { exceedsBaseline } from './outage-window.js';
import type { Partition } from './partition.js';
import { quantile, sortedNumbers } from './quantile.js';

/**
 * Latency candidates: for each slow trace (slower than 1.3 times the
 * baseline median and than the baseline's 95th percentile), the location
 * whose own time grew most over its baseline mean per trace. A function's
 * Initialization makes a `cold-start`; a call that was retried after
 * throttling makes a `throttle`. Kept when more frequent than in the
 * baseline. `slow` holds the ids of all slow analysed traces.
 *
 * @example
 * latencyCandidates(partition, explained).causes[0]?.kind; // 'latency'
 */
export function latencyCandidates(
  partition: Partition,
  explained: ReadonlySet<string>,
): { causes: Candidate[]; slow: ReadonlySet<string> } {
  const slow = new Set<string>();
  if (partition.kind === 'none') return { causes: [], slow };

  const baselineDurations = sortedNumbers(
    partition.baseline.map((facts) => facts.duration),
  );
  const threshold = Math.max(
    1.3 * quantile(baselineDurations, 0.5),
    quantile(baselineDurations, 0.95),
  );
  const expected = expectedOwnTime(partition.baseline);
  const candidates = new Map<string, Candidate>();
  const attribute = (facts: TraceFacts, inWindow: boolean) => {
    if (facts.duration <= threshold || explained.has(facts.id)) return;
    slow.add(facts.id);
    const candidate = culprit(facts, expected, candidates);
    if (candidate === undefined) return;
    if (inWindow || partition.kind === 'derived')
      candidate.traceIds.push(facts.id);
    if (inWindow) candidate.windowTraces += 1;
    else candidate.baselineTraces += 1;
  };
  for (const facts of partition.window) attribute(facts, true);
  for (const facts of partition.baseline) attribute(facts, false);
  if (partition.kind === 'explicit') {
    for (const facts of partition.baseline) slow.delete(facts.id);
  }

  const causes = [...candidates.values()].filter((candidate) =>
    exceedsBaseline(
      candidate.windowTraces,
      partition.window.length,
      candidate.baselineTraces,
      partition.baseline.length,
    ),
  );
  const sizes = {
    window: partition.window.length,
    baseline: partition.baseline.length,
  };
  for (const candidate of causes) {
    candidate.propagated = candidate.traceIds.length;
    setExcess(candidate, sizes);
    addLatencyFigures(candidate, partition);
  }

  return { causes, slow };
}

function expectedOwnTime(baseline: readonly TraceFacts[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const facts of baseline) {
    for (const [key, seconds] of facts.ownTime) {
      totals.set(key, (totals.get(key) ?? 0) + seconds);
    }
  }
  for (const [key, total] of totals) totals.set(key, total / baseline.length);

  return totals;
}

function culprit(
  facts: TraceFacts,
  expected: ReadonlyMap<string, number>,
  candidates: Map<string, Candidate>,
): Candidate | undefined {
  let bestKey: string | undefined;
  let bestGrowth = 0;
  for (const [key, seconds] of facts.ownTime) {
    const growth = seconds - (expected.get(key) ?? 0);
    if (
      growth > bestGrowth ||
      (growth === bestGrowth && bestKey && key < bestKey)
    ) {
      bestKey = key;
      bestGrowth = growth;
    }
  }
  const location =
    bestKey === undefined ? undefined : facts.locations.get(bestKey);
  if (location === undefined) return undefined;

  const kind = latencyKind(facts, location.key, location.phase);
  const key = candidateKey(location, kind);
  let candidate = candidates.get(key);
  if (candidate === undefined) {
    candidate = newCandidate(location, kind);
    candidates.set(key, candidate);
  }
  candidate.calls += 1;
  for (const retried of facts.retried) {
    if (retried.location.key !== location.key) continue;
    candidate.retries += retried.retries;
    candidate.retriedCalls += 1;
  }

  return candidate;
}

function latencyKind(
  facts: TraceFacts,
  locationKey: string,
  phase: string,
): CandidateKind {
  if (phase === 'initialization') return 'cold-start';
  const throttled = facts.retried.some(
    (retried) => retried.location.key === locationKey && retried.throttled,
  );

  return throttled ? 'throttle' : 'latency';
}

function addLatencyFigures(candidate: Candidate, partition: Partition): void {
  const key = candidate.location.key;
  const ownMs = (traces: readonly TraceFacts[]) =>
    traces
      .map((facts) => (facts.ownTime.get(key) ?? Number.NaN) * 1000)
      .filter((value) => !Number.isNaN(value));
  const affected = new Set(candidate.traceIds);
  candidate.latency = {
    baseline: ownMs(partition.baseline),
    window: ownMs(partition.window.filter((facts) => affected.has(facts.id))),
  };
}
