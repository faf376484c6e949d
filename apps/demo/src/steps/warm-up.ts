import { runScenario } from '@org/loadgen';
import type { DemoContext } from '../demo-context.js';
import type { DemoStep } from './demo-step.js';

/**
 * Orders the warm-up sends at once. Several, so that the baseline holds
 * cold starts of environments that started together, as the outage's
 * will: compared with one environment that started alone on a quiet
 * machine, cold starts under load look slower on a shared CPU alone.
 */
export const WARM_UP_ORDERS = 4;

/**
 * Sends a few valid orders at once through the healthy stack and waits
 * for them, so that every function has warm execution environments
 * before the fault: the outage then shows the fault, not a burst of first
 * cold starts.
 *
 * @example
 * await warmUpStep.run(context);
 */
export const warmUpStep: DemoStep = {
  title: 'Warm-up',
  async run(context: DemoContext): Promise<void> {
    const { scenario, target } = context;
    if (!scenario || !target) {
      throw new Error('The warm-up step runs after the stack step.');
    }

    const summary = await runScenario({
      scenario: {
        ...scenario,
        orders: WARM_UP_ORDERS,
        concurrency: WARM_UP_ORDERS,
        rate: undefined,
        poisonShare: 0,
        duplicateShare: 0,
        timeouts: { settleSeconds: 120, pollIntervalMs: 250 },
      },
      target,
      runId: `warm-up-${Date.now().toString(36)}`,
    });
    const latency = summary.latencyMs.p50;
    context.print(
      `${summary.outcomes.FULFILLED} of ${WARM_UP_ORDERS} orders FULFILLED${latency === null ? '' : `, p50 ${(latency / 1000).toFixed(1)} s`}`,
    );
  },
};
