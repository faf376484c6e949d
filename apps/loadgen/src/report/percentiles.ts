/**
 * The latency percentiles of a run, in milliseconds; `null` when no order
 * reached a terminal state.
 *
 * @example
 * const latency: LatencyPercentiles = { p50: 120, p90: 340, p99: 910 };
 */
export interface LatencyPercentiles {
  p50: number | null;
  p90: number | null;
  p99: number | null;
}

/**
 * The nearest-rank percentile of `values`: the smallest value that at
 * least `quantile` of the values do not exceed. `null` for no values.
 *
 * @example
 * percentile([1, 2, 3, 4], 0.5); // 2
 */
export function percentile(
  values: readonly number[],
  quantile: number,
): number | null {
  if (values.length === 0) {
    return null;
  }
  if (!(quantile > 0 && quantile <= 1)) {
    throw new RangeError(`quantile must be in (0, 1], got ${quantile}.`);
  }
  const sorted = [...values].sort((left, right) => left - right);
  const rank = Math.ceil(quantile * sorted.length);

  return sorted[rank - 1] as number;
}

/**
 * p50, p90 and p99 of `values`.
 *
 * @example
 * latencyPercentiles([10, 20, 30]); // { p50: 20, p90: 30, p99: 30 }
 */
export function latencyPercentiles(
  values: readonly number[],
): LatencyPercentiles {
  return {
    p50: percentile(values, 0.5),
    p90: percentile(values, 0.9),
    p99: percentile(values, 0.99),
  };
}
