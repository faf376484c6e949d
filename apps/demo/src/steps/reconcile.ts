import type { DemoContext } from '../demo-context.js';
import type { DemoStep } from './demo-step.js';

/**
 * Waits for every order of the load to settle and prints the
 * reconciliation: sent, lost, outcomes and failure reasons.
 *
 * @example
 * await reconcileStep.run(context);
 */
export const reconcileStep: DemoStep = {
  title: 'Reconciliation',
  async run(context: DemoContext): Promise<void> {
    if (!context.load) {
      throw new Error('The reconcile step runs after the load step.');
    }

    const summary = await context.load;
    context.summary = summary;
    context.faultClock?.stop();
    const { outcomes } = summary;
    context.print(
      `Sent ${summary.sent} orders (${summary.eventsSent} events), lost ${summary.lost}`,
    );
    context.print(
      `FULFILLED ${outcomes.FULFILLED}, REJECTED ${outcomes.REJECTED}, FAILED ${outcomes.FAILED}, dead-letter queue ${outcomes.deadLetter}, not terminal ${outcomes.notTerminal}, unknown ${outcomes.unknown}`,
    );
    for (const [error, count] of Object.entries(summary.failureReasons)) {
      context.print(`FAILED ${count}× ${error}`);
    }
    if (summary.lost > 0) {
      context.problems.push(
        `${summary.lost} orders lost: ${summary.lostOrderIds.slice(0, 5).join(', ')}`,
      );
    }
  },
};
