import type { LocalCloud, RunningStack } from '../../src/index.js';
import {
  type OrderEnd,
  readTracesBack,
  type SentOrders,
  sendOrders,
  settleOrders,
  type TracePage,
  waitUntil,
} from './outage-scenario.js';

/** An outage to inject into the order stack: how it starts and ends. */
export interface Outage {
  /** Short name, also the fixture's file name. */
  name: string;
  /** Breaks something in the running cloud. */
  inject(cloud: LocalCloud): void;
  /** Whether the outage already shows, so that its window can start. */
  shows(cloud: LocalCloud): boolean;
  /** Repairs what `inject` broke. */
  lift(cloud: LocalCloud): void;
}

/** Sizes and times of a scenario run; the defaults keep it lean on two cores. */
export interface ScenarioOptions {
  /**
   * Healthy orders sent at once first, to start as many execution
   * environments as the burst needs; their traces are not read. Default
   * `burstOrders`.
   */
  warmUpOrders?: number;
  /** Healthy orders sent at once, warm, before the outage. Default 4. */
  baselineOrders?: number;
  /** Orders sent at once during the outage. Default 12. */
  burstOrders?: number;
  /** How long the outage lasts once it shows. Default 6 s. */
  windowMs?: number;
  /** How long orders may take to end after the outage. Default 40 s. */
  settleMs?: number;
}

/** What a scenario run left: where each order ended and every trace. */
export interface ScenarioRun {
  baseline: SentOrders;
  burst: SentOrders;
  ends: Map<string, OrderEnd>;
  traces: TracePage;
}

/** The orders table at one write capacity unit a second. */
export const dynamoDbThrottle: Outage = {
  name: 'dynamodb-throttle',
  inject: (cloud) =>
    cloud.faults.setThroughput('orders', { read: 100, write: 1 }),
  shows: (cloud) => (cloud.stats.dynamodb.throttled.orders ?? 0) > 0,
  lift: (cloud) => cloud.faults.clearThroughput('orders'),
};

/** Every charge answered with a 5xx by the payment provider. */
export const paymentOutage: Outage = {
  name: 'payment-outage',
  inject: (cloud) => cloud.faults.setPaymentProvider({ failureRate: 1 }),
  shows: (cloud) => cloud.stats.paymentProvider.injectedFailures > 0,
  lift: (cloud) => cloud.faults.setPaymentProvider({ failureRate: 0 }),
};

/** Fulfillment held to one concurrent execution. */
export const fulfillmentConcurrency: Outage = {
  name: 'fulfillment-concurrency',
  inject: (cloud) =>
    cloud.lambda.faults.setReservedConcurrency('fulfillment', 1),
  shows: (cloud) => (cloud.lambda.stats().fulfillment?.throttles ?? 0) > 0,
  lift: (cloud) => cloud.lambda.faults.clearReservedConcurrency('fulfillment'),
};

/** Every outage {@link runOutage} can record. */
export const OUTAGES = [
  dynamoDbThrottle,
  paymentOutage,
  fulfillmentConcurrency,
];

/** The stack options under which a scenario ends within seconds. */
export const SCENARIO_STACK_OPTIONS = {
  // EventBridge gives up after 8 retries within about 4 s, not 20.
  eventBackoff: { baseDelayMs: 50, maxDelayMs: 800 },
  // Workflow Retry intervals at a tenth of their real length.
  retryIntervalScale: 0.1,
} as const;

/**
 * Warms the functions up, runs healthy orders, then a burst of orders
 * under `outage`, lifts the outage `windowMs` after it shows, waits for
 * every order to end, and reads the traces of the healthy and the burst
 * orders back through the X-Ray API.
 */
export async function runOutage(
  running: RunningStack,
  outage: Outage,
  options: ScenarioOptions = {},
): Promise<ScenarioRun> {
  const { cloud } = running;
  const burstOrders = options.burstOrders ?? 12;
  await sendHealthy(running, 'warm-up', options.warmUpOrders ?? burstOrders);
  const baseline = await sendHealthy(
    running,
    'healthy',
    options.baselineOrders ?? 4,
  );
  outage.inject(cloud);
  const burst = await sendOrders(running, outage.name, burstOrders);
  await waitUntil(() => outage.shows(cloud), 30_000);
  await new Promise((resolve) => setTimeout(resolve, options.windowMs ?? 6000));
  outage.lift(cloud);
  const ends = await settleOrders(
    running,
    burst.orderIds,
    options.settleMs ?? 40_000,
  );
  await cloud.stepFunctions.idle();
  const traces = await readTracesBack(running, [
    ...baseline.traceIds,
    ...burst.traceIds,
  ]);

  return { baseline, burst, ends, traces };
}

/** Sends `count` orders at once and waits for them to end. */
async function sendHealthy(
  running: RunningStack,
  prefix: string,
  count: number,
): Promise<SentOrders> {
  const sent = await sendOrders(running, prefix, count);
  await settleOrders(running, sent.orderIds, 30_000);

  return sent;
}
