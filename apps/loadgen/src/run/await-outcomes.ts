import type {
  OrderOutcome,
  OrderPipelineTarget,
} from '../target/order-pipeline-target.js';

/** Options of {@link awaitOutcomes}. */
export interface AwaitOutcomesOptions {
  /** Longest wait for every order to be accounted for, in seconds. */
  settleSeconds: number;
  /** Pause between two reads, in milliseconds. */
  pollIntervalMs: number;
  /** Called after each read with the outcomes read. */
  onPoll?: (outcomes: ReadonlyMap<string, OrderOutcome>) => void;
}

/**
 * Tells whether an outcome accounts for its order: a terminal status or
 * the dead-letter queue.
 *
 * @example
 * isAccounted({ kind: 'dead-letter', orderId: 'a' }); // true
 */
export function isAccounted(outcome: OrderOutcome): boolean {
  return outcome.kind === 'terminal' || outcome.kind === 'dead-letter';
}

/**
 * Reads the outcomes until every order is accounted for or the settle
 * time runs out, and returns the last reading.
 *
 * @example
 * const outcomes = await awaitOutcomes(target, ids, { settleSeconds: 60, pollIntervalMs: 1000 });
 */
export async function awaitOutcomes(
  target: OrderPipelineTarget,
  orderIds: readonly string[],
  options: AwaitOutcomesOptions,
): Promise<Map<string, OrderOutcome>> {
  const deadline = Date.now() + options.settleSeconds * 1000;
  for (;;) {
    const outcomes = await target.outcomes(orderIds);
    const accounted = [...outcomes.values()].filter(isAccounted).length;
    options.onPoll?.(outcomes);
    const remaining = deadline - Date.now();
    if (accounted === orderIds.length || remaining <= 0) {
      return outcomes;
    }
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(options.pollIntervalMs, remaining)),
    );
  }
}
