import type { InvocationResult } from './invocation-result.js';

/** Counters of one function. */
export interface FunctionStats {
  /** Invocations that ran (throttled ones excluded, as in Lambda's metric). */
  invocations: number;
  coldStarts: number;
  throttles: number;
  timeouts: number;
  /** Invocations that ended in a function error or a timeout. */
  errors: number;
}

/**
 * Zeroed counters for a function.
 *
 * @example
 * const stats = emptyFunctionStats(); // { invocations: 0, … }
 */
export function emptyFunctionStats(): FunctionStats {
  return {
    invocations: 0,
    coldStarts: 0,
    throttles: 0,
    timeouts: 0,
    errors: 0,
  };
}

/**
 * Counts one invocation that ran in a function's counters.
 *
 * @example
 * countInvocation(stats, result);
 */
export function countInvocation(
  stats: FunctionStats,
  result: InvocationResult,
): void {
  stats.invocations++;
  if (result.coldStart) stats.coldStarts++;
  if (result.kind === 'timeout') stats.timeouts++;
  if (result.kind !== 'success') stats.errors++;
}
