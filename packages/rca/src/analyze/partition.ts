import type { Finding, FindingStep } from '../locate/finding.js';
import { ownSeconds, ownSecondsByLocation } from '../locate/own-time.js';
import type { TraceFacts } from '../locate/trace-facts.js';
import { exceedsBaseline, outageWindow } from './outage-window.js';
import { quantile, sortedNumbers } from './quantile.js';

/** Fewer healthy traces than this make no baseline. */
const MINIMUM_BASELINE = 8;

/**
 * Traces split into the outage window and the healthy reference. With an
 * explicit baseline every analysed trace is in the window.
 *
 * @example
 * const partition = failurePartition(analysed, undefined);
 * partition.kind; // 'derived'
 */
export interface Partition {
  readonly kind: 'explicit' | 'derived' | 'none';
  readonly window: readonly TraceFacts[];
  readonly baseline: readonly TraceFacts[];
}

/**
 * Splits traces (sorted by start) for judging failures: the explicit
 * baseline when given, else the stretch where failing traces (other than
 * 4xx answers) concentrate against the rest, kept only when the contrast
 * is clear: the stretch
 * holds most failing traces, fails at 2.5 times the rest's rate or more,
 * and the difference passes a z test at 3. (The stretch with the most
 * failures always looks denser than the rest, even in evenly spread
 * failures; the strict test keeps such chance clusters out.)
 *
 * @example
 * failurePartition(analysed, undefined).baseline.length;
 */
export function failurePartition(
  analysed: readonly TraceFacts[],
  explicit: readonly TraceFacts[] | undefined,
): Partition {
  if (explicit !== undefined) return explicitPartition(analysed, explicit);

  return derivedPartition(
    analysed,
    analysed.map((facts) => (facts.findings.some(isSerious) ? 1 : 0)),
  );
}

/**
 * Failures that can mark an outage: anything but a 4xx answer, which
 * clients cause at their own pace (duplicates, bad input, not found).
 */
function isSerious(finding: Finding): boolean {
  const origin = finding.chain[0] as FindingStep;
  if (origin.outcome !== 'error') return true;

  return (
    origin.status === undefined || origin.status < 400 || origin.status >= 500
  );
}

/**
 * Splits traces (sorted by start) for judging latency: the explicit
 * baseline when given, else a stretch where slow traces concentrate, kept
 * under the same clear-contrast test as for failures. Slow is judged on
 * whole traces (more than twice the lower quartile of durations) and on
 * the own time of each location seen in most traces; the stretch that
 * holds the most slow traces wins. A few slow traces that happen to
 * cluster (cold starts, say) pass the test too, and must not hide a
 * call that became slower in most traces of a later stretch.
 *
 * @example
 * latencyPartition(analysed, undefined).kind;
 */
export function latencyPartition(
  analysed: readonly TraceFacts[],
  explicit: readonly TraceFacts[] | undefined,
): Partition {
  if (explicit !== undefined) return explicitPartition(analysed, explicit);

  const durations = sortedNumbers(analysed.map((facts) => facts.duration));
  const slowAbove = 2 * quantile(durations, 0.25);
  const byDuration = derivedSplit(
    analysed,
    analysed.map((facts) => (facts.duration > slowAbove ? 1 : 0)),
  );
  const byLocation = slowestLocationSplit(analysed);

  return byLocation.hits > byDuration.hits
    ? byLocation.partition
    : byDuration.partition;
}

/**
 * A call that got several times slower may add little to whole traces.
 * Each location seen in most traces is tried on its own: its own time
 * above twice its lower quartile. The clear stretch with the most slow
 * traces wins.
 */
function slowestLocationSplit(analysed: readonly TraceFacts[]): Split {
  const owners = ownSecondsByLocation(analysed.map((facts) => facts.ownTime));
  let best: Split = { partition: noBaseline(analysed), hits: 0 };
  for (const key of [...owners.keys()].sort()) {
    const values = owners.get(key) as number[];
    if (values.length < analysed.length / 2) continue;
    const slowAbove = 2 * quantile(sortedNumbers(values), 0.25);
    const split = derivedSplit(
      analysed,
      analysed.map((facts) =>
        ownSeconds(facts.ownTime, key) > slowAbove ? 1 : 0,
      ),
    );
    if (split.hits > best.hits) best = split;
  }

  return best;
}

/**
 * Splits traces (sorted by start) for judging calls that succeeded after
 * retries: the explicit baseline when given, else the stretch where such
 * traces concentrate, under the same clear-contrast test.
 *
 * @example
 * retryPartition(analysed, undefined).kind;
 */
export function retryPartition(
  analysed: readonly TraceFacts[],
  explicit: readonly TraceFacts[] | undefined,
): Partition {
  if (explicit !== undefined) return explicitPartition(analysed, explicit);

  return derivedPartition(
    analysed,
    analysed.map((facts) => (facts.retried.length > 0 ? 1 : 0)),
  );
}

function derivedPartition(
  analysed: readonly TraceFacts[],
  indicator: readonly number[],
): Partition {
  return derivedSplit(analysed, indicator).partition;
}

/** A derived partition and how many marked traces its window holds. */
interface Split {
  readonly partition: Partition;
  readonly hits: number;
}

function derivedSplit(
  analysed: readonly TraceFacts[],
  indicator: readonly number[],
): Split {
  const none = { partition: noBaseline(analysed), hits: 0 };
  const stretch = outageWindow(indicator);
  if (stretch === undefined) return none;
  const { window, baseline } = cut(analysed, stretch);
  const windowHits = countHits(indicator, stretch.first, stretch.last + 1);
  const baselineHits =
    countHits(indicator, 0, stretch.first) +
    countHits(indicator, stretch.last + 1, indicator.length);
  const clear =
    baseline.length >= MINIMUM_BASELINE &&
    windowHits >= 0.6 * (windowHits + baselineHits) &&
    baselineHits / baseline.length <= 0.4 * (windowHits / window.length) &&
    exceedsBaseline(
      windowHits,
      window.length,
      baselineHits,
      baseline.length,
      3,
    ) &&
    unlikelyByChance(windowHits, window.length, indicator);

  return clear
    ? { partition: { kind: 'derived', window, baseline }, hits: windowHits }
    : none;
}

/** The chance a normal variable exceeds 3: the level of the z test. */
const CHANCE_LEVEL = 0.00135;

/**
 * The stretch was picked as the one where the indicator runs highest, so
 * a z test on it alone overrates it. Under chance (the hits placed at
 * random), the highest run above the mean, in units of
 * sqrt(n × share × (1 − share)), follows the range of a Brownian bridge
 * (Kuiper's distribution): the stretch is kept when that tail is as
 * unlikely as the z test's.
 */
function unlikelyByChance(
  windowHits: number,
  windowSize: number,
  indicator: readonly number[],
): boolean {
  const share = countHits(indicator, 0, indicator.length) / indicator.length;
  const spread = Math.sqrt(indicator.length * share * (1 - share));
  if (spread === 0) return false;
  const range = (windowHits - windowSize * share) / spread;

  return kuiperTail(range) <= CHANCE_LEVEL;
}

/** P(V > x) of Kuiper's distribution, by its series. */
function kuiperTail(x: number): number {
  if (x < 0.4) return 1;
  let tail = 0;
  for (let j = 1; j <= 20; j += 1) {
    const squared = j * j * x * x;
    tail += (4 * squared - 1) * Math.exp(-2 * squared);
  }

  return Math.min(1, 2 * tail);
}

function countHits(indicator: readonly number[], from: number, to: number) {
  let hits = 0;
  for (let index = from; index < to; index += 1) hits += indicator[index] ?? 0;

  return hits;
}

/**
 * The median duration (seconds) of some traces.
 *
 * @example
 * medianDuration(partition.baseline); // 0.120
 */
export function medianDuration(traces: readonly TraceFacts[]): number {
  return quantile(sortedNumbers(traces.map((facts) => facts.duration)), 0.5);
}

function explicitPartition(
  analysed: readonly TraceFacts[],
  explicit: readonly TraceFacts[],
): Partition {
  if (explicit.length === 0) return noBaseline(analysed);

  return { kind: 'explicit', window: analysed, baseline: explicit };
}

function noBaseline(analysed: readonly TraceFacts[]): Partition {
  return { kind: 'none', window: analysed, baseline: [] };
}

function cut(
  analysed: readonly TraceFacts[],
  stretch: { first: number; last: number },
): { window: TraceFacts[]; baseline: TraceFacts[] } {
  const window = analysed.slice(stretch.first, stretch.last + 1);
  const baseline = [
    ...analysed.slice(0, stretch.first),
    ...analysed.slice(stretch.last + 1),
  ];

  return { window, baseline };
}
