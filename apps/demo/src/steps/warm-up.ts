import { runScenario } from '@org/loadgen';
import type { DemoContext } from '../demo-context.js';
import type { DemoStep } from './demo-step.js';

/**
 * Sends one valid order through the healthy stack and waits for it, so
 * that every function has a warm execution environment before the fault:
 * the outage then shows the fault, not a burst of first cold starts.
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
        orders: 1,
        poisonShare: 0,
        duplicateShare: 0,
        timeouts: { settleSeconds: 120, pollIntervalMs: 250 },
      },
      target,
      runId: `warm-up-${Date.now().toString(36)}`,
    });
    const latency = summary.latencyMs.p50;
    context.print(
      `One order ${summary.outcomes.FULFILLED === 1 ? 'FULFILLED' : 'not fulfilled'}${latency === null ? '' : ` in ${(latency / 1000).toFixed(1)} s`}`,
    );
  },
};
