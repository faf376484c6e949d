/**
 * The stretch of consecutive traces (sorted by start) where an indicator
 * runs highest above its average: the maximum-sum run of
 * `indicator[i] - mean`. Undefined when no stretch stands out (the
 * indicator is flat) or the input is empty. Inclusive indexes.
 *
 * @example
 * outageWindow([0, 0, 1, 1, 1, 0]); // { first: 2, last: 4 }
 */
export function outageWindow(
  indicator: readonly number[],
): { first: number; last: number } | undefined {
  if (indicator.length === 0) return undefined;

  let total = 0;
  for (const value of indicator) total += value;
  const mean = total / indicator.length;
  let best = 0;
  let bestFirst = -1;
  let bestLast = -1;
  let running = 0;
  let runFirst = 0;
  indicator.forEach((value, index) => {
    if (running <= 0) {
      running = 0;
      runFirst = index;
    }
    running += value - mean;
    if (running > best + 1e-9) {
      best = running;
      bestFirst = runFirst;
      bestLast = index;
    }
  });

  return bestFirst === -1 ? undefined : { first: bestFirst, last: bestLast };
}

/**
 * Whether a share of `windowHits` out of `windowSize` is more than the
 * baseline's share explains: seen twice or more, and at least 1.5 times
 * the baseline's share. The size of the rise, without asking whether it
 * could be chance (`exceedsBaseline` asks that too).
 *
 * @example
 * risesAboveBaseline(4, 150, 0, 120); // true
 * risesAboveBaseline(5, 150, 4, 120); // false
 */
export function risesAboveBaseline(
  windowHits: number,
  windowSize: number,
  baselineHits: number,
  baselineSize: number,
): boolean {
  if (windowSize === 0 || windowHits < 2) return false;
  if (baselineSize === 0) return true;

  return windowHits / windowSize >= (1.5 * baselineHits) / baselineSize;
}

/**
 * Whether a share of `windowHits` out of `windowSize` is higher than
 * `baselineHits` out of `baselineSize` beyond chance (a two-proportion z
 * test at z >= `minimumZ` (default 2), and at least 1.5 times the baseline share).
 *
 * @example
 * exceedsBaseline(30, 100, 1, 100); // true
 * exceedsBaseline(3, 100, 2, 100); // false
 */
export function exceedsBaseline(
  windowHits: number,
  windowSize: number,
  baselineHits: number,
  baselineSize: number,
  minimumZ = 2,
): boolean {
  if (!risesAboveBaseline(windowHits, windowSize, baselineHits, baselineSize)) {
    return false;
  }
  if (baselineSize === 0) return true;

  const windowShare = windowHits / windowSize;
  const baselineShare = baselineHits / baselineSize;
  const pooled = (windowHits + baselineHits) / (windowSize + baselineSize);
  const spread = Math.sqrt(
    pooled * (1 - pooled) * (1 / windowSize + 1 / baselineSize),
  );
  if (spread === 0) return windowShare > baselineShare;

  return (windowShare - baselineShare) / spread >= minimumZ;
}
