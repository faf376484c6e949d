/**
 * Default share of real Retry waits the emulation sleeps: 0.001, so a
 * 2 s `IntervalSeconds` waits 2 ms.
 *
 * @example
 * const scale = options.retryIntervalScale ?? DEFAULT_RETRY_INTERVAL_SCALE;
 */
export const DEFAULT_RETRY_INTERVAL_SCALE = 0.001;

interface Retrier {
  IntervalSeconds?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
}

/**
 * Failed attempts per state since its last success, which the Task
 * handlers keep so that scaled waits still grow by `BackoffRate`.
 *
 * @example
 * const failures: FailureCounts = new Map([['ChargePayment', 2]]);
 */
export type FailureCounts = Map<string, number>;

/**
 * Builds aws-local-stepfunctions' `retryIntervalOverrides`: for every
 * state with `Retry`, the wait in milliseconds of each retrier, which is
 * the wait AWS computes (`IntervalSeconds × BackoffRate^(n-1)`, capped by
 * `MaxDelaySeconds`) times `scale`. The values are read when a retry is
 * decided, so `n` is the state's current count of failed attempts.
 *
 * @example
 * const overrides = retryIntervalOverrides(definition, 0.001, failures);
 */
export function retryIntervalOverrides(
  definition: unknown,
  scale: number,
  failures: FailureCounts,
): Record<string, number[]> {
  const overrides: Record<string, number[]> = {};
  for (const [name, retriers] of statesWithRetry(definition)) {
    Object.defineProperty(overrides, name, {
      enumerable: true,
      get: () => {
        const failed = Math.max(1, failures.get(name) ?? 1);
        return retriers.map((retrier) => waitMs(retrier, failed, scale));
      },
    });
  }

  return overrides;
}

function waitMs(retrier: Retrier, failed: number, scale: number): number {
  const interval = retrier.IntervalSeconds ?? 1;
  const backoff = retrier.BackoffRate ?? 2;
  const uncapped = interval * backoff ** (failed - 1);
  const seconds = Math.min(uncapped, retrier.MaxDelaySeconds ?? uncapped);

  return seconds * 1000 * scale;
}

function statesWithRetry(definition: unknown): Array<[string, Retrier[]]> {
  const states = (definition as { States?: Record<string, unknown> })?.States;
  if (!states) return [];

  return Object.entries(states).flatMap(([name, state]) => {
    const fields = state as Record<string, unknown>;
    const nested = [
      ...((fields.Branches as unknown[]) ?? []),
      fields.Iterator,
      fields.ItemProcessor,
    ].flatMap((child) => (child ? statesWithRetry(child) : []));
    const retry = fields.Retry;
    if (!Array.isArray(retry)) return nested;
    return [[name, retry as Retrier[]] as [string, Retrier[]], ...nested];
  });
}
