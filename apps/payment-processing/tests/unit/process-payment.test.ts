import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { sampleOrder } from '@org/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  InvalidPaymentRequestError,
  OrderStateConflictError,
} from '../../src/errors.js';
import { processPayment } from '../../src/process-payment.js';
import { mockedDependencies, publishedEvents } from './support/clients.js';
import { FakeOrdersTable } from './support/fake-orders-table.js';
import {
  type ProviderReply,
  startScriptedProvider,
} from './support/scripted-provider.js';

const order = sampleOrder();
const succeeded: ProviderReply = {
  kind: 'answer',
  status: 200,
  body: { paymentId: 'pay_123', status: 'succeeded' },
};

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function setUp(reply: ProviderReply = succeeded) {
  const provider = await startScriptedProvider(() => reply);
  close = provider.close;
  return { provider, ...mockedDependencies(provider.url) };
}

describe('processPayment', () => {
  it('charges a VALIDATED order, records it PAID and emits PaymentCharged', async () => {
    const { provider, dependencies, dynamoMock, eventBridgeMock } =
      await setUp();
    dynamoMock.on(GetCommand).resolves({ Item: { status: 'VALIDATED' } });

    const result = await processPayment({ order }, dependencies);

    expect(result).toEqual({ paymentId: 'pay_123' });
    expect(provider.requests).toHaveLength(1);
    const update = dynamoMock.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(update?.ExpressionAttributeValues).toMatchObject({
      ':paid': 'PAID',
      ':validated': 'VALIDATED',
      ':paymentId': 'pay_123',
    });
    expect(update?.ConditionExpression).toBe(
      '#status = :validated OR (#status = :paid AND paymentId = :paymentId)',
    );
    expect(publishedEvents(eventBridgeMock)).toEqual([
      {
        detailType: 'PaymentCharged',
        detail: {
          orderId: 'ord-0001',
          paymentId: 'pay_123',
          amount: 20.29,
          currency: 'EUR',
        },
      },
    ]);
  });

  it('answers the stored payment of an order already PAID without charging again', async () => {
    const { provider, dependencies, dynamoMock, eventBridgeMock } =
      await setUp();
    dynamoMock
      .on(GetCommand)
      .resolves({ Item: { status: 'PAID', paymentId: 'pay_first' } });

    const result = await processPayment({ order }, dependencies);

    expect(result).toEqual({ paymentId: 'pay_first' });
    expect(provider.requests).toHaveLength(0);
    expect(dynamoMock.commandCalls(UpdateCommand)).toHaveLength(0);
    expect(publishedEvents(eventBridgeMock)).toHaveLength(1);
  });

  it.each([
    ['FAILED', { Item: { status: 'FAILED' } }],
    ['FULFILLED', { Item: { status: 'FULFILLED', paymentId: 'pay_1' } }],
    ['missing', {}],
  ])(
    'throws OrderStateConflict without charging when the order is %s',
    async (_state, stored) => {
      const { provider, dependencies, dynamoMock } = await setUp();
      dynamoMock.on(GetCommand).resolves(stored);

      const failure = processPayment({ order }, dependencies);

      await expect(failure).rejects.toThrow(OrderStateConflictError);
      await expect(failure).rejects.toMatchObject({
        name: 'OrderStateConflict',
      });
      expect(provider.requests).toHaveLength(0);
    },
  );

  it('throws OrderStateConflict when the order changed between charge and record', async () => {
    const { dependencies, dynamoMock } = await setUp();
    dynamoMock.on(GetCommand).resolves({ Item: { status: 'VALIDATED' } });
    dynamoMock
      .on(UpdateCommand)
      .rejects(
        new ConditionalCheckFailedException({ message: 'no', $metadata: {} }),
      );

    await expect(processPayment({ order }, dependencies)).rejects.toMatchObject(
      { name: 'OrderStateConflict' },
    );
  });

  it('refuses an input that is not { order } before reading anything', async () => {
    const { dependencies, dynamoMock } = await setUp();

    const failure = processPayment(
      { order: { ...order, totalAmount: 'lots' } },
      dependencies,
    );

    await expect(failure).rejects.toThrow(InvalidPaymentRequestError);
    await expect(failure).rejects.toThrow('order.totalAmount');
    expect(dynamoMock.calls()).toHaveLength(0);
  });

  it('derives the provider deadline from the time the invocation has left', async () => {
    const { dependencies, dynamoMock } = await setUp({ kind: 'hang' });
    dynamoMock.on(GetCommand).resolves({ Item: { status: 'VALIDATED' } });
    dependencies.remainingTimeMs = () => 1_250;

    await expect(processPayment({ order }, dependencies)).rejects.toMatchObject(
      {
        name: 'PaymentProviderUnavailable',
        message: expect.stringContaining('no answer within 250 ms'),
      },
    );
    expect(dynamoMock.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('does not call the provider when the invocation is about to time out', async () => {
    const { provider, dependencies, dynamoMock } = await setUp();
    dynamoMock.on(GetCommand).resolves({ Item: { status: 'VALIDATED' } });
    dependencies.remainingTimeMs = () => 1_050;

    await expect(processPayment({ order }, dependencies)).rejects.toMatchObject(
      { name: 'PaymentProviderUnavailable' },
    );
    expect(provider.requests).toHaveLength(0);
  });

  it('charges once and records PAID once when the step runs three times', async () => {
    const { provider, dependencies, dynamoMock } = await setUp();
    const table = new FakeOrdersTable();
    table.items.set('ord-0001', { orderId: 'ord-0001', status: 'VALIDATED' });
    dynamoMock
      .on(GetCommand)
      .callsFake((input) => table.get(input))
      .on(UpdateCommand)
      .callsFake((input) => table.update(input));

    const results = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      results.push(await processPayment({ order }, dependencies));
    }

    expect(results).toEqual([
      { paymentId: 'pay_123' },
      { paymentId: 'pay_123' },
      { paymentId: 'pay_123' },
    ]);
    expect(provider.requests).toHaveLength(1);
    expect(table.updates).toBe(1);
    expect(table.items.get('ord-0001')).toMatchObject({
      status: 'PAID',
      paymentId: 'pay_123',
    });
  });

  it('logs no payment token, e-mail or address', async () => {
    const { dependencies, dynamoMock, logger } = await setUp();
    dynamoMock.on(GetCommand).resolves({ Item: { status: 'VALIDATED' } });

    await processPayment({ order }, dependencies);

    const text = logger.lines.join('\n');
    expect(logger.lines).toHaveLength(1);
    expect(text).not.toContain(order.paymentToken);
    expect(text).not.toContain(order.customerEmail);
    expect(text).not.toContain(order.shippingAddress.line1);
  });
});
