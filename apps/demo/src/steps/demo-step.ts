import type { DemoContext } from '../demo-context.js';

/**
 * One step of the demo: a titled section of the output that does one
 * thing with the shared context. New steps slot into the list of
 * {@link demoSteps}.
 *
 * @example
 * const step: DemoStep = { title: 'Verdict', run: async (context) => { … } };
 */
export interface DemoStep {
  title: string;
  run(context: DemoContext): Promise<void>;
}
