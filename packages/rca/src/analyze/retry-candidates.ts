import type { TraceFacts } from '../locate/trace-facts.js';
import { type Candidate, newCandidate, setExcess } from './candidate.js';
import { exceedsBaseline } from './outage-window.js';
import type { Partition } from './partition.js';

/** Share of window traces that makes succeeded retries "heavy". */
const HEAVY_WITH_BASELINE = 0.2;
const HEAVY_WITHOUT_BASELINE = 0.5;

/**
 * Throttle candidates from calls that were throttled or retried and still
 * succeeded. One such call is weak evidence; they become a candidate only
 * when they recur heavily: in a fifth of the window's traces and more
 * often than in the baseline, or in half of the traces without baseline.
 *
 * @example
 * retryCandidates(partition)[0]?.kind; // 'throttle'
 */
export function retryCandidates(partition: Partition): Candidate[] {
  const candidates = new Map<string, Candidate>();
  for (const facts of partition.window) {
    if (facts.retried.length === 0) continue;
    for (const key of retriedLocations(facts)) {
      let candidate = candidates.get(key);
      if (candidate === undefined) {
        const location = facts.locations.get(key);
        if (location === undefined) continue;
        candidate = newCandidate(location, 'throttle');
        candidate.fromSuccesses = true;
        candidates.set(key, candidate);
      }
      candidate.traceIds.push(facts.id);
      candidate.windowTraces += 1;
      tally(candidate, facts, key);
    }
  }
  for (const facts of partition.baseline) {
    if (facts.retried.length === 0) continue;
    for (const key of retriedLocations(facts)) {
      const candidate = candidates.get(key);
      if (candidate !== undefined) candidate.baselineTraces += 1;
    }
  }

  return [...candidates.values()].filter((candidate) =>
    isHeavy(candidate, partition),
  );
}

function retriedLocations(facts: TraceFacts): Set<string> {
  const keys = new Set<string>();
  for (const retried of facts.retried) {
    if (retried.location.phase === 'call') keys.add(retried.location.key);
  }

  return keys;
}

function tally(candidate: Candidate, facts: TraceFacts, key: string): void {
  for (const retried of facts.retried) {
    if (retried.location.key !== key) continue;
    candidate.retriedCalls += 1;
    candidate.retries += retried.retries;
  }
}

function isHeavy(candidate: Candidate, partition: Partition): boolean {
  const sizes = {
    window: partition.window.length,
    baseline: partition.baseline.length,
  };
  const share = candidate.windowTraces / Math.max(1, sizes.window);
  const heavy =
    partition.kind === 'none'
      ? share >= HEAVY_WITHOUT_BASELINE
      : share >= HEAVY_WITH_BASELINE &&
        exceedsBaseline(
          candidate.windowTraces,
          sizes.window,
          candidate.baselineTraces,
          sizes.baseline,
        );
  if (heavy) setExcess(candidate, sizes);

  return heavy;
}
