import { loadScenario, startLocalTarget } from '@org/loadgen';
import type { DemoContext } from '../demo-context.js';
import type { DemoStep } from './demo-step.js';

/**
 * Loads the scenario and starts the local cloud with the synthesized
 * order stack, healthy: the faults come later, after the warm-up.
 *
 * @example
 * await startStackStep.run(context);
 */
export const startStackStep: DemoStep = {
  title: 'Local stack',
  async run(context: DemoContext): Promise<void> {
    const { options } = context;
    const scenario = {
      ...(await loadScenario(options.scenario)),
      orders: options.orders,
      rate: options.rate,
    };
    const startedAt = Date.now();
    const target = await startLocalTarget({
      faults: {},
      cdkOut: options.cdkOut,
    });
    context.scenario = scenario;
    context.target = target;

    const { cloud, stack } = target.running;
    const functions = stack.functions.map((fn) => fn.name).join(', ');
    context.print(
      `Started in ${seconds(Date.now() - startedAt)} at ${cloud.endpoint}`,
    );
    context.print(`Functions: ${functions}`);
    context.print(
      `Table ${target.resources.tableName}, bus ${target.resources.eventBusName}, workflow ${stack.stateMachines.map((machine) => machine.name).join(', ')}`,
    );
  },
};

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}
