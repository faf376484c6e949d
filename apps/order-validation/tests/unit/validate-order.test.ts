import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import {
  ExecutionAlreadyExists,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { EventPublishError } from '@org/order-runtime';
import { sampleOrder } from '@org/testing';
import { describe, expect, it } from 'vitest';
import { payloadHash } from '../../src/canonical-json.js';
import { OrderRecordMissingError } from '../../src/errors.js';
import { validateOrder } from '../../src/validate-order.js';
import { mockedDependencies, publishedEvents } from './support/clients.js';

const conditionFailed = () =>
  new ConditionalCheckFailedException({
    message: 'The conditional request failed',
    $metadata: {},
  });

const envelope = (detail: unknown, detailType = 'OrderCreated') => ({
  version: '0',
  id: 'evt-1',
  'detail-type': detailType,
  source: 'com.ecommerce.orders',
  account: '000000000000',
  time: '2026-01-01T00:00:00Z',
  region: 'us-east-1',
  resources: [],
  detail,
});

describe('validateOrder', () => {
  it('stores a new order as VALIDATED only if its id is absent', async () => {
    const { dependencies, dynamoMock, stepFunctionsMock } =
      mockedDependencies();
    stepFunctionsMock.on(StartExecutionCommand).resolves({
      executionArn: 'arn:exec',
    });
    const order = sampleOrder();

    const outcome = await validateOrder(envelope(order), dependencies);

    expect(outcome).toEqual({
      kind: 'accepted',
      statusCode: 202,
      status: 'VALIDATED',
      orderId: 'ord-0001',
    });
    const put = dynamoMock.commandCalls(PutCommand)[0]?.args[0].input;
    expect(put?.ConditionExpression).toBe('attribute_not_exists(orderId)');
    expect(put?.TableName).toBe('orders');
    expect(put?.Item).toMatchObject({
      orderId: 'ord-0001',
      status: 'VALIDATED',
      totalAmount: 20.29,
      payloadHash: payloadHash(order),
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    expect(put?.Item).not.toHaveProperty('paymentToken');
  });

  it('starts the workflow named after the order with { order } as input', async () => {
    const { dependencies, stepFunctionsMock } = mockedDependencies();
    stepFunctionsMock.on(StartExecutionCommand).resolves({
      executionArn: 'arn:exec',
    });

    await validateOrder(sampleOrder({ orderId: 'ord-77' }), dependencies);

    const start = stepFunctionsMock.commandCalls(StartExecutionCommand)[0]
      ?.args[0].input;
    expect(start?.name).toBe('ord-77');
    expect(start?.stateMachineArn).toBe(dependencies.config.stateMachineArn);
    expect(JSON.parse(start?.input ?? '{}')).toEqual({
      order: sampleOrder({ orderId: 'ord-77' }),
    });
  });

  it('emits OrderValidated on the bus after starting the workflow', async () => {
    const { dependencies, stepFunctionsMock, eventBridgeMock } =
      mockedDependencies();
    stepFunctionsMock.on(StartExecutionCommand).resolves({
      executionArn: 'arn:exec',
    });

    await validateOrder(sampleOrder(), dependencies);

    expect(publishedEvents(eventBridgeMock)).toEqual([
      {
        detailType: 'OrderValidated',
        source: 'com.ecommerce.orders',
        bus: 'orders-bus',
        detail: { orderId: 'ord-0001', totalAmount: 20.29, currency: 'EUR' },
      },
    ]);
  });

  it('answers 400 REJECTED and emits OrderRejected for an invalid order', async () => {
    const { dependencies, dynamoMock, stepFunctionsMock, eventBridgeMock } =
      mockedDependencies();

    const outcome = await validateOrder(
      envelope(sampleOrder({ currency: 'EURO', totalAmount: -1 })),
      dependencies,
    );

    expect(outcome).toMatchObject({
      statusCode: 400,
      status: 'REJECTED',
      orderId: 'ord-0001',
    });
    const paths =
      outcome.kind === 'rejected' ? outcome.problems.map((p) => p.path) : [];
    expect(paths).toEqual(expect.arrayContaining(['currency', 'totalAmount']));
    expect(dynamoMock.calls()).toHaveLength(0);
    expect(stepFunctionsMock.calls()).toHaveLength(0);
    const [event] = publishedEvents(eventBridgeMock);
    expect(event?.detailType).toBe('OrderRejected');
    expect(event?.detail.problems).toEqual(
      outcome.kind === 'rejected' ? outcome.problems : undefined,
    );
  });

  it('rejects an envelope of another detail-type without writing', async () => {
    const { dependencies, dynamoMock } = mockedDependencies();

    const outcome = await validateOrder(
      envelope(sampleOrder(), 'OrderFulfilled'),
      dependencies,
    );

    expect(outcome).toMatchObject({
      status: 'REJECTED',
      problems: [{ path: 'detail-type', message: 'must be OrderCreated' }],
    });
    expect(dynamoMock.calls()).toHaveLength(0);
  });

  it('restarts the workflow of a redelivered order whose first attempt stopped before starting it', async () => {
    const order = sampleOrder();
    const { dependencies, dynamoMock, stepFunctionsMock, eventBridgeMock } =
      mockedDependencies();
    dynamoMock.on(PutCommand).rejects(conditionFailed());
    dynamoMock.on(GetCommand).resolves({
      Item: { payloadHash: payloadHash(order), status: 'VALIDATED' },
    });
    stepFunctionsMock.on(StartExecutionCommand).resolves({
      executionArn: 'arn:exec',
    });

    const outcome = await validateOrder(order, dependencies);

    expect(outcome).toMatchObject({ statusCode: 202, status: 'VALIDATED' });
    expect(stepFunctionsMock.commandCalls(StartExecutionCommand)).toHaveLength(
      1,
    );
    const get = dynamoMock.commandCalls(GetCommand)[0]?.args[0].input;
    expect(get?.ConsistentRead).toBe(true);
    expect(publishedEvents(eventBridgeMock)).toHaveLength(1);
  });

  it('answers 202 without a new event when the redelivered order already has its execution', async () => {
    const order = sampleOrder();
    const { dependencies, dynamoMock, stepFunctionsMock, eventBridgeMock } =
      mockedDependencies();
    dynamoMock.on(PutCommand).rejects(conditionFailed());
    dynamoMock.on(GetCommand).resolves({
      Item: { payloadHash: payloadHash(order), status: 'PAID' },
    });
    stepFunctionsMock
      .on(StartExecutionCommand)
      .rejects(
        new ExecutionAlreadyExists({ message: 'exists', $metadata: {} }),
      );

    const outcome = await validateOrder(order, dependencies);

    expect(outcome).toMatchObject({ statusCode: 202, status: 'VALIDATED' });
    expect(publishedEvents(eventBridgeMock)).toHaveLength(0);
  });

  it('answers 409 when the order id already holds a different order', async () => {
    const { dependencies, dynamoMock, stepFunctionsMock, eventBridgeMock } =
      mockedDependencies();
    dynamoMock.on(PutCommand).rejects(conditionFailed());
    dynamoMock.on(GetCommand).resolves({
      Item: { payloadHash: payloadHash(sampleOrder()), status: 'VALIDATED' },
    });
    const different = sampleOrder({ customerId: 'cus-other' });

    const outcome = await validateOrder(different, dependencies);

    expect(outcome).toMatchObject({
      kind: 'conflict',
      statusCode: 409,
      orderId: 'ord-0001',
    });
    expect(stepFunctionsMock.calls()).toHaveLength(0);
    expect(publishedEvents(eventBridgeMock)).toHaveLength(0);
  });

  it('fails so that the invocation is retried when the stored order cannot be read back', async () => {
    const { dependencies, dynamoMock } = mockedDependencies();
    dynamoMock.on(PutCommand).rejects(conditionFailed());
    dynamoMock.on(GetCommand).resolves({});

    await expect(validateOrder(sampleOrder(), dependencies)).rejects.toThrow(
      OrderRecordMissingError,
    );
  });

  it('lets a DynamoDB throttle propagate without starting the workflow', async () => {
    const { dependencies, dynamoMock, stepFunctionsMock } =
      mockedDependencies();
    const throttle = Object.assign(new Error('Rate exceeded'), {
      name: 'ProvisionedThroughputExceededException',
    });
    dynamoMock.on(PutCommand).rejects(throttle);

    await expect(validateOrder(sampleOrder(), dependencies)).rejects.toBe(
      throttle,
    );
    expect(stepFunctionsMock.calls()).toHaveLength(0);
  });

  it('lets a StartExecution failure other than an existing execution propagate', async () => {
    const { dependencies, stepFunctionsMock } = mockedDependencies();
    stepFunctionsMock
      .on(StartExecutionCommand)
      .rejects(Object.assign(new Error('slow down'), { name: 'Throttling' }));

    await expect(validateOrder(sampleOrder(), dependencies)).rejects.toThrow(
      'slow down',
    );
  });

  it('throws EventPublishError when EventBridge refuses the entry', async () => {
    const { dependencies, stepFunctionsMock, eventBridgeMock } =
      mockedDependencies();
    stepFunctionsMock.on(StartExecutionCommand).resolves({
      executionArn: 'arn:exec',
    });
    eventBridgeMock.on(PutEventsCommand).resolves({
      FailedEntryCount: 1,
      Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'oops' }],
    });

    await expect(validateOrder(sampleOrder(), dependencies)).rejects.toThrow(
      EventPublishError,
    );
  });

  it('logs no e-mail, address or payment token of the order', async () => {
    const { dependencies, stepFunctionsMock, logger } = mockedDependencies();
    stepFunctionsMock.on(StartExecutionCommand).resolves({
      executionArn: 'arn:exec',
    });
    const order = sampleOrder();

    await validateOrder(order, dependencies);
    await validateOrder({ ...order, currency: 'XXXX' }, dependencies);

    const text = logger.lines.join('\n');
    expect(logger.lines.length).toBeGreaterThanOrEqual(2);
    for (const secret of [
      order.customerEmail,
      order.shippingAddress.line1,
      order.shippingAddress.postalCode,
      order.paymentToken,
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});
