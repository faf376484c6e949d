/**
 * The q-quantile (0..1) of numbers sorted ascending, by the nearest-rank
 * method. 0 for an empty list.
 *
 * @example
 * quantile([1, 2, 3, 4], 0.5); // 2
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;

  const rank = Math.ceil(q * sorted.length) - 1;

  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] as number;
}

/**
 * Sorts numbers ascending into a new array.
 *
 * @example
 * sortedNumbers([3, 1, 2]); // [1, 2, 3]
 */
export function sortedNumbers(values: Iterable<number>): number[] {
  return Float64Array.from(values).sort() as unknown as number[];
}

/**
 * Rounds to a number of decimals.
 *
 * @example
 * round(0.93456, 2); // 0.93
 */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;

  return Math.round(value * factor) / factor;
}
