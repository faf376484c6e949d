import { runScenario } from '@org/loadgen';
import type { DemoContext } from '../demo-context.js';
import type { DemoStep } from './demo-step.js';

/**
 * Starts the load run without waiting for it: later steps analyze the
 * outage while the orders are still settling.
 *
 * @example
 * await sendLoadStep.run(context); // context.load is now running
 */
export const sendLoadStep: DemoStep = {
  title: 'Load',
  async run(context: DemoContext): Promise<void> {
    const { scenario, target } = context;
    if (!scenario || !target) {
      throw new Error('The load step runs after the stack step.');
    }

    const load = runScenario({ scenario, target });
    // Marked handled here; the reconcile step awaits it and sees a failure.
    load.catch(() => undefined);
    context.load = load;
    context.print(
      `Sending ${scenario.orders} orders of scenario ${scenario.name}, ${scenario.concurrency} in flight${scenario.rate ? ` at ${scenario.rate}/s at most` : ''}`,
    );
    context.print(scenario.description);
  },
};
