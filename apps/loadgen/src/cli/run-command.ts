import { UsageError } from '../errors.js';
import { renderSummary } from '../report/render-summary.js';
import { runScenario } from '../run/run-scenario.js';
import { loadScenario } from '../scenario/load-scenario.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import { connectAwsTarget } from '../target/aws-target.js';
import { startLocalTarget } from '../target/local-target.js';
import type { OrderPipelineTarget } from '../target/order-pipeline-target.js';
import { unappliedFaults } from '../target/unapplied-faults.js';
import { createProgress } from './progress.js';

/** The options of `loadgen run` as commander hands them over. */
export interface RunCommandOptions {
  scenario: string;
  orders?: string;
  concurrency?: string;
  rate?: string;
  /** Longest wait for the orders to settle, in seconds. */
  settle?: string;
  target: string;
  stack?: string;
  /** With `--target local`: the cdk.out folder of the synthesized stack. */
  cdkOut?: string;
  json?: boolean;
}

/**
 * Runs `loadgen run`: loads the scenario, applies the overrides, connects
 * the target, runs and prints the summary. Returns the exit code: 0 when
 * every order is accounted for, 1 when any is lost.
 *
 * @example
 * process.exitCode = await runCommand({ scenario: 'baseline', target: 'local' });
 */
export async function runCommand(options: RunCommandOptions): Promise<number> {
  const scenario = withOverrides(await loadScenario(options.scenario), options);
  const target = await connectTarget(options, scenario);
  warnOfUnappliedFaults(options.target, scenario);
  const progress = createProgress();
  try {
    const summary = await runScenario({
      scenario,
      target,
      onProgress: (step) => progress.update(step),
    });
    progress.stop();
    process.stdout.write(
      options.json
        ? `${JSON.stringify(summary, null, 2)}\n`
        : renderSummary(summary),
    );

    return summary.lost > 0 ? 1 : 0;
  } finally {
    progress.stop();
    await target.close();
  }
}

function warnOfUnappliedFaults(target: string, scenario: Scenario): void {
  const faults = unappliedFaults(
    target === 'aws' ? 'aws' : 'local',
    scenario.faults,
  );
  if (faults.length === 0) {
    return;
  }
  process.stderr.write(
    `loadgen: --target ${target} does not apply the faults ${faults.join(', ')} of scenario ${scenario.name}; see Limits in the loadgen README.\n`,
  );
}

function connectTarget(
  options: RunCommandOptions,
  scenario: Scenario,
): Promise<OrderPipelineTarget> {
  if (options.target === 'aws') {
    return connectAwsTarget({ stackName: options.stack });
  }
  if (options.target !== 'local') {
    throw new UsageError(
      `--target must be "local" or "aws", got "${options.target}".`,
    );
  }

  return startLocalTarget({ faults: scenario.faults, cdkOut: options.cdkOut });
}

function withOverrides(
  scenario: Scenario,
  options: RunCommandOptions,
): Scenario {
  return {
    ...scenario,
    orders: positiveInteger('--orders', options.orders) ?? scenario.orders,
    concurrency:
      positiveInteger('--concurrency', options.concurrency) ??
      scenario.concurrency,
    rate: positiveNumber('--rate', options.rate) ?? scenario.rate,
    timeouts: {
      ...scenario.timeouts,
      settleSeconds:
        positiveNumber('--settle', options.settle) ??
        scenario.timeouts.settleSeconds,
    },
  };
}

function positiveInteger(
  flag: string,
  text: string | undefined,
): number | undefined {
  const value = positiveNumber(flag, text);
  if (value !== undefined && !Number.isInteger(value)) {
    throw new UsageError(`${flag} must be a positive integer, got "${text}".`);
  }

  return value;
}

function positiveNumber(
  flag: string,
  text: string | undefined,
): number | undefined {
  if (text === undefined) {
    return undefined;
  }
  const value = Number(text);
  if (!(Number.isFinite(value) && value > 0)) {
    throw new UsageError(`${flag} must be a positive number, got "${text}".`);
  }

  return value;
}
