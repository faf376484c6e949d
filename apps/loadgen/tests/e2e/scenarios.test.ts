import type { RunningStack } from '@org/local-cloud';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopWhenQuiet } from '../../src/target/local-target.js';
import { runOnStack, shortScenario, startOrderStack } from './local-stack.js';

// One stack for every scenario: warm execution environments keep the
// suite short on a shared 2-core machine; each run resets the faults.
let running: RunningStack;

beforeAll(async () => {
  running = await startOrderStack();
  // One order through every function first, so that the runs below start
  // with warm execution environments.
  await runOnStack(running, await shortScenario('baseline', 1));
}, 180_000);

afterAll(async () => {
  if (running) await stopWhenQuiet(running);
}, 30_000);

const RUN_TIMEOUT_MS = 200_000;

describe('shipped scenarios on the local order stack', () => {
  it(
    'fulfils every order of the baseline',
    async () => {
      const scenario = await shortScenario('baseline', 20);

      const { summary } = await runOnStack(running, scenario);

      expect(summary.lost).toBe(0);
      expect(summary.outcomes.FULFILLED).toBe(20);
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'rejects exactly the poison orders and fulfils the rest',
    async () => {
      const scenario = await shortScenario('poison-orders', 20);

      const { summary } = await runOnStack(running, scenario);

      expect(summary.lost).toBe(0);
      expect(summary.outcomes.REJECTED).toBe(4);
      expect(summary.outcomes.FULFILLED).toBe(16);
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'creates one order and one charge per order id when events repeat',
    async () => {
      const scenario = await shortScenario('duplicate-events', 20);

      const { summary, orderIds } = await runOnStack(running, scenario);
      const { ledger } = running.cloud.paymentProvider;

      expect(summary.lost).toBe(0);
      expect(summary.eventsSent).toBe(27);
      expect(summary.outcomes.FULFILLED).toBe(20);
      for (const orderId of orderIds) {
        expect(ledger.chargesForOrder(orderId)).toHaveLength(1);
      }
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'marks every order FAILED for an unavailable payment provider',
    async () => {
      const scenario = await shortScenario('payment-outage', 10);

      const { summary } = await runOnStack(running, scenario);

      expect(summary.lost).toBe(0);
      expect(summary.outcomes.FAILED).toBe(10);
      expect(Object.keys(summary.failureReasons).join(' ')).toContain(
        'PaymentProviderUnavailable',
      );
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'marks orders FAILED when the payment provider never answers',
    async () => {
      const scenario = await shortScenario('payment-hang', 5);

      const { summary } = await runOnStack(running, scenario);

      expect(summary.lost).toBe(0);
      expect(summary.outcomes.FAILED).toBe(5);
      expect(running.cloud.stats.paymentProvider.hung).toBeGreaterThan(0);
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'fulfils orders behind a fulfillment limited to one execution and fails the rest on throttling',
    async () => {
      // A burst, so that orders reach fulfillment while it is busy.
      const scenario = await shortScenario('fulfillment-concurrency', 20, {
        rate: 40,
        concurrency: 10,
      });

      const { summary } = await runOnStack(running, scenario);
      const reasons = Object.keys(summary.failureReasons);

      expect(summary.lost).toBe(0);
      expect(summary.outcomes.FULFILLED).toBeGreaterThan(0);
      expect(summary.outcomes.FULFILLED + summary.outcomes.FAILED).toBe(20);
      for (const reason of reasons) {
        expect(reason).toMatch(/TooManyRequests/);
      }
      expect(
        running.cloud.lambda.stats().fulfillment?.throttles,
      ).toBeGreaterThan(0);
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'accounts for every order of a throttled orders table',
    async () => {
      const scenario = await shortScenario('dynamodb-throttle', 8);

      const { summary } = await runOnStack(running, scenario);

      expect(summary.lost).toBe(0);
      expect(running.cloud.stats.dynamodb.throttled.orders).toBeGreaterThan(0);
    },
    RUN_TIMEOUT_MS,
  );
});
