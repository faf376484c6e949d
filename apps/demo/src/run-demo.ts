import type { DemoContext, DemoOptions } from './demo-context.js';
import { alertStep } from './steps/alert.js';
import type { DemoStep } from './steps/demo-step.js';
import { injectFaultStep } from './steps/inject-fault.js';
import { reconcileStep } from './steps/reconcile.js';
import { sendLoadStep } from './steps/send-load.js';
import { startStackStep } from './steps/start-stack.js';
import { verdictStep } from './steps/verdict.js';
import { warmUpStep } from './steps/warm-up.js';
import { writeReportsStep } from './steps/write-reports.js';

/**
 * The steps of the demo, in order: start the healthy stack, warm it up
 * with a few orders, inject the scenario's fault, start the load, get the
 * verdict while the outage runs, wait for the responder's alert,
 * reconcile the orders, write the reports.
 *
 * @example
 * await runDemo(options, { steps: demoSteps.slice(0, 5) });
 */
export const demoSteps: readonly DemoStep[] = [
  startStackStep,
  warmUpStep,
  injectFaultStep,
  sendLoadStep,
  verdictStep,
  alertStep,
  reconcileStep,
  writeReportsStep,
];

/** Options of {@link runDemo} besides what the demo is asked to do. */
export interface RunDemoSettings {
  /** Prints a line for people. Default: stdout. */
  print?: (line: string) => void;
  /** Default {@link demoSteps}. */
  steps?: readonly DemoStep[];
}

/**
 * Runs the steps one after another, each under its title, then stops the
 * stack. Returns the context: `problems` is empty when every order was
 * accounted for, the analyzer named a root cause and the responder alerted.
 *
 * @example
 * const context = await runDemo({ scenario: 'dynamodb-throttle', orders: 8, rate: 4, reportsDir: 'reports', verdictTimeoutSeconds: 60, alertTimeoutSeconds: 60 });
 * process.exitCode = context.problems.length === 0 ? 0 : 1;
 */
export async function runDemo(
  options: DemoOptions,
  settings: RunDemoSettings = {},
): Promise<DemoContext> {
  const print =
    settings.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const context: DemoContext = {
    options,
    // Blank lines stay blank: no trailing spaces in the output.
    print: (line) => print(line === '' ? '' : `  ${line}`),
    reports: {},
    problems: [],
  };
  try {
    for (const step of settings.steps ?? demoSteps) {
      print(`\n== ${step.title}`);
      await step.run(context);
    }
  } finally {
    context.faultClock?.stop();
    await context.target?.close();
  }

  return context;
}
