import { loadScenario, startLocalTarget } from '@org/loadgen';
import type { DemoContext } from '../demo-context.js';
import type { DemoStep } from './demo-step.js';

/**
 * The responder's trace windows for the demo. Its defaults (5 minutes of
 * lookback and 5 of baseline) fit an outage on AWS; the demo's outage
 * lasts seconds and its stack minutes, so the responder reads the last
 * 20 s against the minute before, after a 2 s pause for requests in
 * flight.
 */
const RESPONDER_WINDOWS = {
  LOOKBACK_SECONDS: '20',
  BASELINE_SECONDS: '60',
  SETTLE_SECONDS: '2',
} as const;

/**
 * Loads the scenario and starts the local cloud with the synthesized
 * order stack, healthy, and its alarms evaluated so that the outage
 * wakes the responder: the faults come later, after the warm-up.
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
      alarms: true,
      variables: RESPONDER_WINDOWS,
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
