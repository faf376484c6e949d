import { type RunningStack, startStack } from '@org/local-cloud';
import type { RunSummary } from '../../src/report/reconcile.js';
import { runScenario } from '../../src/run/run-scenario.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import type { Scenario } from '../../src/scenario/scenario-schema.js';
import { defaultCdkOut, hasStackTemplate } from '../../src/target/cdk-out.js';
import { connectLocalTarget } from '../../src/target/local-target.js';

/**
 * Starts the synthesized order stack on free ports; fails, rather than
 * skips, when apps/infra was not synthesized (turbo synthesizes it before
 * these tests).
 */
export async function startOrderStack(): Promise<RunningStack> {
  const cdkOut = defaultCdkOut();
  if (!hasStackTemplate(cdkOut)) {
    throw new Error(
      `${cdkOut} holds no synthesized stack; run pnpm --filter @org/infra synth.`,
    );
  }

  // Retries wait as on AWS, as in `loadgen run --target local`.
  return startStack({ port: 0, cdkOut, retryIntervalScale: 1 });
}

/**
 * A shipped scenario made short and paced for a shared 2-core machine:
 * `orders` orders at 4 events per second, two in flight, so that a few
 * warm execution environments serve them instead of a burst of cold
 * starts, and up to 180 s to settle. Faults and shares stay the
 * scenario's own.
 */
export async function shortScenario(
  name: string,
  orders: number,
  pace: { rate: number; concurrency: number } = { rate: 4, concurrency: 2 },
): Promise<Scenario> {
  const scenario = await loadScenario(name);

  return {
    ...scenario,
    orders,
    ...pace,
    timeouts: { settleSeconds: 180, pollIntervalMs: 1_000 },
  };
}

/** What a run on the shared stack returns to a test. */
export interface StackRun {
  summary: RunSummary;
  /** The distinct order ids the run sent. */
  orderIds: string[];
}

/** Runs a scenario on the shared stack with its own faults and order ids. */
export async function runOnStack(
  running: RunningStack,
  scenario: Scenario,
): Promise<StackRun> {
  const runId = `e2e-${scenario.name}-${Date.now().toString(36)}`;
  const target = await connectLocalTarget(running, {
    faults: scenario.faults,
  });
  try {
    const summary = await runScenario({ scenario, target, runId });
    const orderIds = Array.from(
      { length: scenario.orders },
      (_, index) => `${runId}-${index}`,
    );

    return { summary, orderIds };
  } finally {
    await target.close();
  }
}
