import type { NodeLocation } from '../classify/node-location.js';
import { ownSecondsByLocation } from '../locate/own-time.js';
import type { TraceFacts } from '../locate/trace-facts.js';
import {
  type Candidate,
  type CandidateKind,
  candidateKey,
  newCandidate,
  setExcess,
} from './candidate.js';
import { exceedsBaseline } from './outage-window.js';
import { medianDuration, type Partition } from './partition.js';
import { quantile, sortedNumbers } from './quantile.js';
import { higherRankChance } from './rank-sum.js';

/** Own-time statistics of one location over the baseline traces. */
interface LocationBaseline {
  /** 95th percentile of own seconds per trace, absent counted as 0. */
  readonly high: number;
  /** 95th percentile over the traces where the location appears. */
  readonly highWhenPresent: number;
  readonly mean: number;
  readonly values: number[];
}

/**
 * Latency candidates. A location grew in a trace when its own (exclusive)
 * time there is above the baseline's 95th percentile for it (absent
 * counted as 0) and at least a fifth of the baseline's median trace
 * duration above its baseline mean. Two rules count traces per location:
 * "slower" (also 1.5 times the 95th percentile of the baseline's values
 * where it appears: a cold start that got slower) and "more often" (just
 * grown: cold starts that got frequent). Where both pass, the candidate
 * holds every trace where the location grew and is marked slower than
 * the baseline: a baseline with a slow tail of its own leaves few traces
 * 1.5 times past it, though many more grew. A function's Initialization
 * makes a `cold-start`, a call retried after throttling a `throttle`,
 * anything else `latency`. Kept when more frequent than in the baseline.
 * Locations that failed in a trace are left out there (their time is the
 * failure's). `slow` holds the window traces of the kept candidates.
 *
 * @example
 * latencyCandidates(partition).causes[0]?.kind; // 'latency'
 */
export function latencyCandidates(partition: Partition): {
  causes: Candidate[];
  slow: ReadonlySet<string>;
} {
  if (partition.kind === 'none') return { causes: [], slow: new Set() };

  const baselines = locationBaselines(partition.baseline);
  const minimumGrowth = Math.max(
    0.005,
    0.2 * medianDuration(partition.baseline),
  );
  const grew = (key: string, seconds: number) => {
    const baseline = baselines.get(key);

    return (
      seconds > (baseline?.high ?? 0) &&
      seconds - (baseline?.mean ?? 0) >= minimumGrowth
    );
  };
  const slower = (key: string, seconds: number) =>
    grew(key, seconds) &&
    seconds > 1.5 * (baselines.get(key)?.highWhenPresent ?? 0);
  const bySize = keepSignificant(collect(partition, slower), partition);
  const byCount = keepSignificant(collect(partition, grew), partition);
  const causes = [...byCount.values()];
  for (const [key, candidate] of bySize) {
    if (!byCount.has(key)) causes.push(candidate);
  }
  const slow = new Set(causes.flatMap((candidate) => candidate.traceIds));
  for (const candidate of causes) {
    finish(candidate, partition, baselines);
    const { key } = candidate.location;
    candidate.slowerThanBaseline =
      bySize.has(key) &&
      (candidate.kind !== 'cold-start' ||
        startsGotSlower(key, partition, baselines));
  }

  return { causes: sortByKey(causes), slow };
}

/**
 * Whether a function's cold starts got slower, not just more frequent.
 * Either its Initialization times in the window rank above the
 * baseline's beyond what chance gives (rank-sum tail below
 * {@link SLOWER_START_CHANCE}), or, with too few baseline cold starts to
 * rank against, their median is {@link START_SPREAD} times the longest
 * baseline one. Environments that start together on a busy host take
 * longer than one that started alone, but not that much longer.
 */
function startsGotSlower(
  key: string,
  partition: Partition,
  baselines: ReadonlyMap<string, LocationBaseline>,
): boolean {
  const baseline = baselines.get(key)?.values ?? [];
  if (baseline.length === 0) return false;
  const window: number[] = [];
  for (const facts of partition.window) {
    const index = facts.ownTime.keys.indexOf(key);
    if (index >= 0) window.push(facts.ownTime.seconds[index] as number);
  }
  const longest = baseline[baseline.length - 1] as number;

  return (
    higherRankChance(baseline, window) < SLOWER_START_CHANCE ||
    quantile(sortedNumbers(window), 0.5) >= START_SPREAD * longest
  );
}

/** Chance level below which cold starts count as slower than the baseline's. */
const SLOWER_START_CHANCE = 0.01;

/** How many times longer than the baseline's a cold start is clearly slower. */
const START_SPREAD = 3;

function collect(
  partition: Partition,
  isSlowAt: (key: string, seconds: number) => boolean,
): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  for (const facts of partition.window) {
    const failed = failedLocations(facts);
    const { keys, seconds: ownSeconds } = facts.ownTime;
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index] as string;
      const seconds = ownSeconds[index] as number;
      if (failed.has(key) || !isSlowAt(key, seconds)) continue;
      const candidate = candidateFor(facts, key, candidates);
      if (candidate === undefined) continue;
      candidate.traceIds.push(facts.id);
      candidate.windowTraces += 1;
      candidate.latency?.window.push(seconds * 1000);
    }
  }
  for (const facts of partition.baseline) {
    const { keys, seconds } = facts.ownTime;
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index] as string;
      const candidate = candidates.get(key);
      if (candidate && isSlowAt(key, seconds[index] as number)) {
        candidate.baselineTraces += 1;
      }
    }
  }

  return candidates;
}

function failedLocations(facts: TraceFacts): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const finding of facts.findings) {
    for (const step of finding.chain) keys.add(step.location.key);
  }

  return keys;
}

function locationBaselines(
  baseline: readonly TraceFacts[],
): Map<string, LocationBaseline> {
  const valuesByKey = ownSecondsByLocation(
    baseline.map((facts) => facts.ownTime),
  );
  const baselines = new Map<string, LocationBaseline>();
  for (const [key, values] of valuesByKey) {
    const sorted = sortedNumbers(values);
    const absent = baseline.length - sorted.length;
    const rank = Math.ceil(0.95 * baseline.length) - 1;
    const high = rank < absent ? 0 : (sorted[rank - absent] ?? 0);
    const total = sorted.reduce((sum, value) => sum + value, 0);
    baselines.set(key, {
      high,
      highWhenPresent: quantile(sorted, 0.95),
      mean: total / baseline.length,
      values: sorted,
    });
  }

  return baselines;
}

function candidateFor(
  facts: TraceFacts,
  key: string,
  candidates: Map<string, Candidate>,
): Candidate | undefined {
  let candidate = candidates.get(key);
  if (candidate === undefined) {
    const location = facts.locations.get(key);
    if (location === undefined) return undefined;
    candidate = newCandidate(location, latencyKind(facts, location));
    candidate.latency = { baseline: [], window: [] };
    candidate.fromSuccesses = true;
    candidates.set(key, candidate);
  }
  candidate.calls += 1;
  for (const retried of facts.retried) {
    if (retried.location.key !== key) continue;
    candidate.retries += retried.retries;
    candidate.retriedCalls += 1;
    if (retried.throttled && candidate.kind === 'latency') {
      candidate.kind = 'throttle';
    }
  }

  return candidate;
}

function latencyKind(facts: TraceFacts, location: NodeLocation): CandidateKind {
  if (location.phase === 'initialization') return 'cold-start';
  const throttled = facts.retried.some(
    (retried) => retried.location.key === location.key && retried.throttled,
  );

  return throttled ? 'throttle' : 'latency';
}

function keepSignificant(
  candidates: ReadonlyMap<string, Candidate>,
  partition: Partition,
): Map<string, Candidate> {
  const kept = new Map<string, Candidate>();
  for (const [key, candidate] of candidates) {
    const significant = exceedsBaseline(
      candidate.windowTraces,
      partition.window.length,
      candidate.baselineTraces,
      partition.baseline.length,
    );
    if (significant) kept.set(key, candidate);
  }

  return kept;
}

function finish(
  candidate: Candidate,
  partition: Partition,
  baselines: ReadonlyMap<string, LocationBaseline>,
): void {
  candidate.propagated = candidate.traceIds.length;
  setExcess(candidate, {
    window: partition.window.length,
    baseline: partition.baseline.length,
  });
  if (candidate.latency) {
    const values = baselines.get(candidate.location.key)?.values ?? [];
    candidate.latency.baseline = values.map((seconds) => seconds * 1000);
  }
}

function sortByKey(candidates: Candidate[]): Candidate[] {
  const keyOf = (candidate: Candidate) =>
    candidateKey(candidate.location, candidate.kind);

  return candidates.sort((left, right) =>
    keyOf(left) < keyOf(right) ? -1 : 1,
  );
}
