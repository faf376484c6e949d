import type { LocalCloud } from '@org/local-cloud';

/** Milliseconds between two reads of the cloud's fault counters. */
export const FAULT_POLL_INTERVAL_MS = 50;

/**
 * Watches for the first injected fault that bites and keeps its time.
 *
 * @example
 * const clock = startFaultClock(cloud);
 * const faultAt = await clock.firstFault;
 */
export interface FaultClock {
  /** Resolves with the epoch milliseconds of the first fault seen. */
  firstFault: Promise<number>;
  /** Stops watching; `firstFault` then never resolves if it has not. */
  stop(): void;
}

/**
 * The number of times an injected fault has bitten so far: throttled
 * DynamoDB requests, payment provider failures and hangs, and throttled
 * Lambda invocations.
 *
 * @example
 * faultsSoFar(cloud); // 0 before the first throttle
 */
export function faultsSoFar(cloud: LocalCloud): number {
  const throttled = Object.values(cloud.stats.dynamodb.throttled);
  const lambdaThrottles = Object.values(cloud.lambda.stats()).map(
    (stats) => stats.throttles,
  );
  const { injectedFailures, hung } = cloud.stats.paymentProvider;

  return [...throttled, ...lambdaThrottles, injectedFailures, hung].reduce(
    (sum, count) => sum + count,
    0,
  );
}

/**
 * Polls the cloud's counters every 50 ms and records when the first fault
 * bites (for the throttle scenario, the first throttled request).
 *
 * @example
 * const clock = startFaultClock(cloud);
 */
export function startFaultClock(cloud: LocalCloud): FaultClock {
  let timer: NodeJS.Timeout | undefined;
  const firstFault = new Promise<number>((resolve) => {
    timer = setInterval(() => {
      if (faultsSoFar(cloud) === 0) return;
      clearInterval(timer);
      resolve(Date.now());
    }, FAULT_POLL_INTERVAL_MS);
  });

  return { firstFault, stop: () => clearInterval(timer) };
}
