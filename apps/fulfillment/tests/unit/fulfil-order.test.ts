import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { EventPublishError } from '@org/order-runtime';
import { sampleOrder } from '@org/testing';
import { describe, expect, it } from 'vitest';
import {
  InvalidFulfillmentRequestError,
  OrderStateConflictError,
} from '../../src/errors.js';
import { fulfilOrder } from '../../src/fulfil-order.js';
import { mockedDependencies, publishedEvents } from './support/clients.js';

const input = { order: sampleOrder(), payment: { paymentId: 'pay_123' } };
const refused = () =>
  new ConditionalCheckFailedException({ message: 'no', $metadata: {} });

describe('fulfilOrder', () => {
  it('marks a PAID order FULFILLED under a condition on status and payment', async () => {
    const { dependencies, dynamoMock } = mockedDependencies();

    const result = await fulfilOrder(input, dependencies);

    expect(result).toEqual({
      orderId: 'ord-0001',
      status: 'FULFILLED',
      fulfilledAt: '2026-01-02T03:04:05.000Z',
    });
    const update = dynamoMock.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(update?.Key).toEqual({ orderId: 'ord-0001' });
    expect(update?.ConditionExpression).toBe(
      '#status = :paid AND paymentId = :paymentId',
    );
    expect(update?.ExpressionAttributeValues).toMatchObject({
      ':paid': 'PAID',
      ':fulfilled': 'FULFILLED',
      ':paymentId': 'pay_123',
    });
  });

  it('emits OrderFulfilled from com.ecommerce.orders', async () => {
    const { dependencies, eventBridgeMock } = mockedDependencies();

    await fulfilOrder(input, dependencies);

    expect(publishedEvents(eventBridgeMock)).toEqual([
      {
        detailType: 'OrderFulfilled',
        source: 'com.ecommerce.orders',
        detail: {
          orderId: 'ord-0001',
          fulfilledAt: '2026-01-02T03:04:05.000Z',
        },
      },
    ]);
  });

  it('succeeds with the first fulfilment time when the order is already FULFILLED', async () => {
    const { dependencies, dynamoMock, eventBridgeMock } = mockedDependencies();
    dynamoMock.on(UpdateCommand).rejects(refused());
    dynamoMock.on(GetCommand).resolves({
      Item: { status: 'FULFILLED', fulfilledAt: '2026-01-01T00:00:00.000Z' },
    });

    const result = await fulfilOrder(input, dependencies);

    expect(result.fulfilledAt).toBe('2026-01-01T00:00:00.000Z');
    expect(publishedEvents(eventBridgeMock)[0]?.detail.fulfilledAt).toBe(
      '2026-01-01T00:00:00.000Z',
    );
  });

  it.each([
    ['VALIDATED', { Item: { status: 'VALIDATED' } }],
    ['FAILED', { Item: { status: 'FAILED' } }],
    ['PAID with another payment', { Item: { status: 'PAID' } }],
    ['missing', {}],
  ])(
    'throws OrderStateConflict when the order is %s',
    async (_state, stored) => {
      const { dependencies, dynamoMock, eventBridgeMock } =
        mockedDependencies();
      dynamoMock.on(UpdateCommand).rejects(refused());
      dynamoMock.on(GetCommand).resolves(stored);

      const failure = fulfilOrder(input, dependencies);

      await expect(failure).rejects.toThrow(OrderStateConflictError);
      await expect(failure).rejects.toMatchObject({
        name: 'OrderStateConflict',
      });
      expect(eventBridgeMock.commandCalls(PutEventsCommand)).toHaveLength(0);
    },
  );

  it('reads the stored order strongly consistent after a refused update', async () => {
    const { dependencies, dynamoMock } = mockedDependencies();
    dynamoMock.on(UpdateCommand).rejects(refused());
    dynamoMock.on(GetCommand).resolves({ Item: { status: 'FAILED' } });

    await fulfilOrder(input, dependencies).catch(() => undefined);

    const get = dynamoMock.commandCalls(GetCommand)[0]?.args[0].input;
    expect(get?.ConsistentRead).toBe(true);
  });

  it('lets other DynamoDB failures propagate for a retry', async () => {
    const { dependencies, dynamoMock } = mockedDependencies();
    const throttle = Object.assign(new Error('Rate exceeded'), {
      name: 'ProvisionedThroughputExceededException',
    });
    dynamoMock.on(UpdateCommand).rejects(throttle);

    await expect(fulfilOrder(input, dependencies)).rejects.toBe(throttle);
    expect(dynamoMock.commandCalls(GetCommand)).toHaveLength(0);
  });

  it('refuses an input without a payment before touching the table', async () => {
    const { dependencies, dynamoMock } = mockedDependencies();

    const failure = fulfilOrder({ order: sampleOrder() }, dependencies);

    await expect(failure).rejects.toThrow(InvalidFulfillmentRequestError);
    await expect(failure).rejects.toThrow('payment');
    expect(dynamoMock.calls()).toHaveLength(0);
  });

  it('throws EventPublishError when the bus refuses OrderFulfilled', async () => {
    const { dependencies, eventBridgeMock } = mockedDependencies();
    eventBridgeMock
      .on(PutEventsCommand)
      .resolves({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'Throttled' }] });

    await expect(fulfilOrder(input, dependencies)).rejects.toThrow(
      EventPublishError,
    );
  });

  it('logs no e-mail, address or payment token', async () => {
    const { dependencies, logger } = mockedDependencies();

    await fulfilOrder(input, dependencies);

    const text = logger.lines.join('\n');
    expect(logger.lines).toHaveLength(1);
    expect(text).not.toContain(input.order.customerEmail);
    expect(text).not.toContain(input.order.shippingAddress.line1);
    expect(text).not.toContain(input.order.paymentToken);
  });
});
