import { OutcomeReadError } from '../errors.js';
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
  /** Called after each read with the outcomes known so far. */
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
 * time runs out. Each read asks only for the orders not yet accounted
 * for, so that the run spends little of the table's read capacity. A read
 * that fails (a throttled table) is tried again at the next poll; only a
 * failure of the last read is an {@link OutcomeReadError}.
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
  const settled = new Map<string, OrderOutcome>();
  let unsettled = new Map<string, OrderOutcome>();
  for (;;) {
    const pending = orderIds.filter((orderId) => !settled.has(orderId));
    let failure: unknown;
    try {
      unsettled = await target.outcomes(pending);
      for (const [orderId, outcome] of unsettled) {
        if (isAccounted(outcome)) settled.set(orderId, outcome);
      }
    } catch (error) {
      failure = error;
    }
    const outcomes = combine(orderIds, settled, unsettled);
    options.onPoll?.(outcomes);
    const remaining = deadline - Date.now();
    if (settled.size === orderIds.length) {
      return outcomes;
    }
    if (remaining <= 0) {
      if (failure !== undefined) {
        throw new OutcomeReadError(pending.length, { cause: failure });
      }

      return outcomes;
    }
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(options.pollIntervalMs, remaining)),
    );
  }
}

function combine(
  orderIds: readonly string[],
  settled: ReadonlyMap<string, OrderOutcome>,
  unsettled: ReadonlyMap<string, OrderOutcome>,
): Map<string, OrderOutcome> {
  return new Map(
    orderIds.map((orderId): [string, OrderOutcome] => [
      orderId,
      settled.get(orderId) ??
        unsettled.get(orderId) ?? { kind: 'unknown', orderId },
    ]),
  );
}
