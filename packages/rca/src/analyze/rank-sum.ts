/** Above this many pairs the tail comes from the normal approximation. */
const EXACT_PAIRS = 2500;

/**
 * The chance, were both samples drawn from one distribution, that the
 * window's values rank at least as high above the baseline's as they do:
 * the one-sided tail of the Mann–Whitney statistic U, the number of
 * (window, baseline) pairs where the window value is the larger (a tie
 * counts half). Exact for small samples, from the normal approximation
 * with continuity correction for large ones. 1 when either side is empty.
 *
 * A single baseline value below seven window values is not rare: one
 * time in eight the lone baseline value is simply the smallest.
 *
 * @example
 * higherRankChance([0.5], [1.1, 1.2, 1.3, 1.2, 1.1, 1.4, 1.3]); // 0.125
 */
export function higherRankChance(
  baseline: readonly number[],
  window: readonly number[],
): number {
  const m = baseline.length;
  const n = window.length;
  if (m === 0 || n === 0) return 1;

  const u = pairsWindowHigher(baseline, window);
  if (u <= 0) return 1;
  if (m * n <= EXACT_PAIRS) return exactUpperTail(m, n, Math.ceil(u));

  const mean = (m * n) / 2;
  const deviation = Math.sqrt((m * n * (m + n + 1)) / 12);

  return normalUpperTail((u - 0.5 - mean) / deviation);
}

function pairsWindowHigher(
  baseline: readonly number[],
  window: readonly number[],
): number {
  const sorted = Float64Array.from(baseline).sort();
  let pairs = 0;
  for (const value of window) {
    const below = lowerBound(sorted, value);
    const notAbove = lowerBound(sorted, value, true);
    pairs += below + (notAbove - below) / 2;
  }

  return pairs;
}

/** Index of the first value ≥ `value` (or > `value` when `after`). */
function lowerBound(
  sorted: Float64Array,
  value: number,
  after = false,
): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const current = sorted[middle] as number;
    if (current < value || (after && current === value)) low = middle + 1;
    else high = middle;
  }

  return low;
}

/**
 * P(U ≥ u) for samples of m and n values without ties. With the largest
 * of all values last: it is a window value with chance n / (m + n) and
 * then adds m pairs, else a baseline value that adds none. `table[j]`
 * holds the distribution for i baseline and j window values.
 */
function exactUpperTail(m: number, n: number, u: number): number {
  let previous: Float64Array[] = [];
  for (let i = 0; i <= m; i += 1) {
    const current: Float64Array[] = [];
    for (let j = 0; j <= n; j += 1) {
      const distribution = new Float64Array(i * j + 1);
      if (i === 0 || j === 0) {
        distribution[0] = 1;
      } else {
        const windowLast = current[j - 1] as Float64Array;
        const baselineLast = previous[j] as Float64Array;
        const share = j / (i + j);
        for (let k = 0; k < windowLast.length; k += 1) {
          distribution[k + i] =
            (distribution[k + i] as number) + share * (windowLast[k] as number);
        }
        for (let k = 0; k < baselineLast.length; k += 1) {
          distribution[k] =
            (distribution[k] as number) +
            (1 - share) * (baselineLast[k] as number);
        }
      }
      current.push(distribution);
    }
    previous = current;
  }
  const distribution = previous[n] as Float64Array;
  let tail = 0;
  for (let k = Math.max(0, u); k < distribution.length; k += 1) {
    tail += distribution[k] as number;
  }

  return Math.min(1, tail);
}

/** P(Z > z) for a standard normal Z (Abramowitz and Stegun 26.2.17). */
function normalUpperTail(z: number): number {
  if (z < 0) return 1 - normalUpperTail(-z);
  const t = 1 / (1 + 0.2316419 * z);
  const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
  const series =
    t *
    (0.31938153 +
      t *
        (-0.356563782 +
          t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));

  return density * series;
}
