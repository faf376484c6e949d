import { afterEach, describe, expect, it } from 'vitest';
import type { PublishedMessage, RunningStack } from '../../src/index.js';
import { startOrderStack } from './order-stack.js';
import { sendOrders, settleOrders, waitUntil } from './outage-scenario.js';
import {
  dynamoDbThrottle,
  fulfillmentConcurrency,
  type Outage,
  paymentOutage,
} from './outage-scenarios.js';

const TOPIC = 'order-pipeline-alerts';
const BURST = 6;
// Short windows that fit the test's pace; the responder waits a moment
// after the alarm so that requests in flight at the state change end.
const RESPONDER_VARIABLES = {
  LOOKBACK_SECONDS: '20',
  BASELINE_SECONDS: '60',
  SETTLE_SECONDS: '2',
};

// Each outage, and the words the responder's alert must name it with.
const cases: { outage: Outage; names: RegExp }[] = [
  { outage: dynamoDbThrottle, names: /throttle at DynamoDB orders/ },
  { outage: paymentOutage, names: /fault at 127\.0\.0\.1/ },
  { outage: fulfillmentConcurrency, names: /throttle at Lambda fulfillment/ },
];

let running: RunningStack | undefined;

afterEach(async () => {
  await running?.stop();
  running = undefined;
}, 30_000);

/** The responder's alerts: CloudWatch's own notifications read `ALARM: "…"`. */
function responderAlerts(stack: RunningStack): PublishedMessage[] {
  return (stack.alarms?.sns.messages(TOPIC) ?? []).filter((message) =>
    /^ALARM [^:"]+:/.test(message.subject ?? ''),
  );
}

describe('alerts from the deployed stack', { timeout: 120_000 }, () => {
  it.each(cases)(
    'names the cause of $outage.name in the first alert, once per alarm',
    async ({ outage, names }) => {
      running = await startOrderStack({
        alarms: true,
        variables: RESPONDER_VARIABLES,
      });
      const stack = running;
      // Twice as many orders at once as the burst: the first round starts
      // the execution environments, the second runs warm, so that the
      // burst finds them warm and the outage is the only change.
      for (const round of ['cold', 'warm']) {
        const warmUp = await sendOrders(
          stack,
          `${outage.name}-${round}`,
          BURST,
        );
        await settleOrders(stack, warmUp.orderIds, 40_000);
      }
      outage.inject(stack.cloud);
      await sendOrders(stack, `${outage.name}-burst`, BURST);
      const alerted = await waitUntil(
        () => responderAlerts(stack).length > 0,
        60_000,
      );

      expect(alerted).toBe(true);
      const [first] = responderAlerts(stack);
      expect(first?.subject).toMatch(names);
      expect(first?.message).toMatch(names);
      const alarmNames = responderAlerts(stack).map(
        (message) => /^ALARM ([^:]+):/.exec(message.subject ?? '')?.[1],
      );
      expect(new Set(alarmNames).size).toBe(alarmNames.length);
    },
  );
});
