import { generateOrders } from '../orders/generate-orders.js';
import { type RunSummary, reconcile } from '../report/reconcile.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import type { OrderPipelineTarget } from '../target/order-pipeline-target.js';
import { awaitOutcomes } from './await-outcomes.js';
import { sendEvents } from './send-events.js';
import { type OutcomeTally, tallyOutcomes } from './tally-outcomes.js';

/**
 * A step of a run, for a progress display, by `kind`.
 *
 * @example
 * onProgress({ kind: 'sending', sent: 40, total: 100 });
 */
export type RunProgress =
  | { kind: 'sending'; sent: number; total: number }
  | ({ kind: 'settling'; total: number } & OutcomeTally);

/** Options of {@link runScenario}. */
export interface RunScenarioOptions {
  scenario: Scenario;
  target: OrderPipelineTarget;
  /** Prefix of the order ids. Default `lg-<seed>-<time in base 36>`. */
  runId?: string;
  onProgress?: (progress: RunProgress) => void;
}

/**
 * Runs a scenario against a target: generates its orders, sends them at
 * the scenario's concurrency and rate, waits for them to settle and
 * reconciles every order sent.
 *
 * @example
 * const summary = await runScenario({ scenario, target });
 * if (summary.lost > 0) process.exitCode = 1;
 */
export async function runScenario(
  options: RunScenarioOptions,
): Promise<RunSummary> {
  const { scenario, target, onProgress } = options;
  const events = generateOrders({
    orders: scenario.orders,
    seed: scenario.seed,
    poisonShare: scenario.poisonShare,
    duplicateShare: scenario.duplicateShare,
    runId: options.runId ?? `lg-${scenario.seed}-${Date.now().toString(36)}`,
  });

  const sentAt = await sendEvents(target, events, {
    concurrency: scenario.concurrency,
    rate: scenario.rate,
    onSent: (sent) =>
      onProgress?.({ kind: 'sending', sent, total: events.length }),
  });
  const orderIds = [...sentAt.keys()];
  const outcomes = await awaitOutcomes(target, orderIds, {
    ...scenario.timeouts,
    onPoll: (read) =>
      onProgress?.({
        kind: 'settling',
        total: orderIds.length,
        ...tallyOutcomes(read.values()),
      }),
  });

  return reconcile({
    scenario: scenario.name,
    eventsSent: events.length,
    sentAt,
    outcomes,
  });
}
