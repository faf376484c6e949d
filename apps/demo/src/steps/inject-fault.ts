import { applyLocalFaults } from '@org/loadgen';
import type { DemoContext } from '../demo-context.js';
import { startFaultClock } from '../fault-clock.js';
import type { DemoStep } from './demo-step.js';

/**
 * Applies the scenario's faults through the local cloud's knobs and
 * starts the clock that records when the first of them bites.
 *
 * @example
 * await injectFaultStep.run(context);
 */
export const injectFaultStep: DemoStep = {
  title: 'Fault',
  async run(context: DemoContext): Promise<void> {
    const { scenario, target } = context;
    if (!scenario || !target) {
      throw new Error('The fault step runs after the stack step.');
    }

    const { cloud } = target.running;
    applyLocalFaults(cloud, target.resources.tableName, scenario.faults);
    context.faultClock = startFaultClock(cloud);
    context.print(`Injected ${JSON.stringify(scenario.faults)}`);
  },
};
