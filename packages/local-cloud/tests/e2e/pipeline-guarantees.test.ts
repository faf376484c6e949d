import { sampleOrder } from '@org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../../src/index.js';
import {
  orderStatus,
  sendOrder,
  startOrderStack,
  waitForTerminal,
} from './order-stack.js';

// Personal data of the orders below; none of it may leave the functions.
const EMAIL = 'grace.hopper@example.org';
const STREET = '7 Compiler Lane';
const CARD = '4111 1111 1111 1111';

let running: RunningStack;
const TAP = 'order-events-tap';

beforeAll(async () => {
  running = await startOrderStack();
  const { cloud, stack } = running;
  const tap = cloud.sqs.createQueue(TAP);
  cloud.events.buses.putRule({
    name: 'tap-order-events',
    busName: stack.outputs.EventBusName,
    eventPattern: JSON.stringify({ source: ['com.ecommerce.orders'] }),
  });
  cloud.events.buses.putTargets(
    'tap-order-events',
    stack.outputs.EventBusName,
    [{ Id: 'tap', Arn: tap.arn }],
  );
}, 60_000);

afterAll(async () => {
  await running?.cloud.stop();
});

function published(detailType: string): Record<string, unknown>[] {
  return running.cloud.sqs
    .messages(TAP)
    .map(
      (message) =>
        JSON.parse(message.body) as {
          'detail-type': string;
          detail: Record<string, unknown>;
        },
    )
    .filter((event) => event['detail-type'] === detailType)
    .map((event) => event.detail);
}

describe('the deployed order pipeline', { timeout: 30_000 }, () => {
  it('stores, starts and charges once when the same event arrives three times', async () => {
    const order = sampleOrder({
      orderId: 'e2e-triple-1',
      customerEmail: EMAIL,
      shippingAddress: {
        line1: STREET,
        city: 'Arlington',
        postalCode: '22201',
        country: 'US',
      },
    });
    await Promise.all([
      sendOrder(running, order),
      sendOrder(running, order),
      sendOrder(running, order),
    ]);

    expect(await waitForTerminal(running, order.orderId)).toBe('FULFILLED');
    await running.cloud.events.idle();
    await running.cloud.stepFunctions.idle();
    const executions = running.cloud.stepFunctions
      .executions({ stateMachineArn: running.stack.outputs.StateMachineArn })
      .filter((execution) => execution.name === order.orderId);

    expect(executions).toHaveLength(1);
    expect(
      running.cloud.paymentProvider.ledger.chargesForOrder(order.orderId),
    ).toHaveLength(1);
    expect(
      published('OrderFulfilled').filter(
        (detail) => detail.orderId === order.orderId,
      ),
    ).toHaveLength(1);
  });

  it('rejects an invalid order with its problems and writes nothing', async () => {
    const order = {
      ...sampleOrder({ orderId: 'e2e-invalid-1', customerEmail: EMAIL }),
      items: [],
      giftMessage: `pay with ${CARD}`,
    };
    await sendOrder(running, order as never);
    await running.cloud.events.idle();
    const rejection = published('OrderRejected').find(
      (detail) => detail.orderId === order.orderId,
    );

    expect(rejection).toBeDefined();
    expect(JSON.stringify(rejection?.problems)).toContain('items');
    expect(await orderStatus(running, order.orderId)).toBeUndefined();
    expect(
      running.cloud.stepFunctions
        .executions()
        .some((execution) => execution.name === order.orderId),
    ).toBe(false);
  });

  it('keeps e-mail, street and card number out of every log line and segment', async () => {
    await running.cloud.xray.daemon.settled();
    const logs = running.cloud.lambda.logs.lines();
    const segments = [...running.cloud.xray.store.traces()].flatMap((trace) =>
      [...trace.documents.values()].map((document) => JSON.stringify(document)),
    );
    const written = [...logs.map((entry) => entry.line), ...segments];

    // The checks above ran these orders: the functions logged and traced.
    expect(logs.length).toBeGreaterThan(5);
    expect(segments.length).toBeGreaterThan(5);
    for (const secret of [EMAIL, STREET, CARD, CARD.replaceAll(' ', '')]) {
      expect(written.filter((text) => text.includes(secret))).toEqual([]);
    }
  });
});
