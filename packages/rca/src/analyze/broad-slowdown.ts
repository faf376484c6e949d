import { ownSecondsByLocation } from '../locate/own-time.js';
import type { TraceFacts } from '../locate/trace-facts.js';
import type { Candidate } from './candidate.js';
import type { Partition } from './partition.js';
import { quantile, sortedNumbers } from './quantile.js';

/** Fewest usual locations that must slow down for a broad slowdown. */
const MINIMUM_SLOWED = 3;
/** Share of the usual locations that must slow down together. */
const BROAD_SHARE = 0.5;
/** Growth of a location's median own time that counts as slower. */
const SLOWER_FACTOR = 1.5;

/**
 * Marks latency candidates found while most of the system got slower at
 * once. One slow dependency slows its own calls; when most usual
 * locations (seen in half the traces of both the window and the baseline
 * or more) have a median own time 1.5 times the baseline's, the machine
 * or the network is slower, and no single slow location is the cause.
 * Each latency and cold-start candidate then gets `slowedTogether`, the
 * number of locations that slowed, which divides its score: failures
 * with evidence rank above it and the confidence is spread.
 *
 * @example
 * markBroadSlowdown(latencyCauses, latencyPart);
 */
export function markBroadSlowdown(
  latencyCauses: readonly Candidate[],
  partition: Partition,
): void {
  if (partition.kind === 'none') return;
  const window = medians(partition.window);
  const baseline = medians(partition.baseline);
  let usual = 0;
  let slowed = 0;
  for (const [key, windowMedian] of window) {
    const baselineMedian = baseline.get(key);
    if (baselineMedian === undefined) continue;
    usual += 1;
    if (windowMedian > SLOWER_FACTOR * baselineMedian) slowed += 1;
  }
  if (slowed < MINIMUM_SLOWED || slowed < BROAD_SHARE * usual) return;

  for (const candidate of latencyCauses) {
    if (candidate.kind === 'latency' || candidate.kind === 'cold-start') {
      candidate.slowedTogether = slowed;
    }
  }
}

/** Median own seconds of the locations present in half the traces. */
function medians(traces: readonly TraceFacts[]): Map<string, number> {
  const valuesByKey = ownSecondsByLocation(
    traces.map((facts) => facts.ownTime),
  );
  const result = new Map<string, number>();
  for (const [key, values] of valuesByKey) {
    if (values.length * 2 < traces.length) continue;
    result.set(key, quantile(sortedNumbers(values), 0.5));
  }

  return result;
}
