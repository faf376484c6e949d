import {
  EventBridgeClient,
  PutEventsCommand,
} from '@aws-sdk/client-eventbridge';
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { lambdaContext, sampleOrder } from '@org/testing';
import { captureStdout, importWithEnvironment } from '@org/testing/lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';

const environment = {
  ORDERS_TABLE_NAME: 'orders',
  STATE_MACHINE_ARN: 'arn:aws:states:us-east-1:000000000000:stateMachine:o',
  EVENT_BUS_NAME: 'orders-bus',
};

function loadHandler(overrides: Record<string, string | undefined> = {}) {
  return importWithEnvironment(
    { ...environment, ...overrides },
    () => import('../../src/handler.js'),
  );
}

function mockAws() {
  const dynamo = mockClient(DynamoDBDocumentClient);
  const stepFunctions = mockClient(SFNClient);
  const eventBridge = mockClient(EventBridgeClient);
  stepFunctions
    .on(StartExecutionCommand)
    .resolves({ executionArn: 'arn:exec' });
  eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0 });
  return { dynamo, stepFunctions, eventBridge };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('order-validation handler', () => {
  it('fails at cold start naming each missing variable', async () => {
    await expect(
      loadHandler({ ORDERS_TABLE_NAME: undefined, EVENT_BUS_NAME: '' }),
    ).rejects.toThrow(/ORDERS_TABLE_NAME is required.*EVENT_BUS_NAME/);
  });

  it('stores and starts a valid order from an EventBridge event', async () => {
    const aws = mockAws();
    const { handler } = await loadHandler();
    const stdout = captureStdout();

    const outcome = await handler(
      { 'detail-type': 'OrderCreated', detail: sampleOrder() },
      lambdaContext(),
    ).finally(stdout.restore);

    expect(outcome).toMatchObject({ statusCode: 202, status: 'VALIDATED' });
    expect(aws.dynamo.commandCalls(PutCommand)).toHaveLength(1);
    expect(aws.stepFunctions.commandCalls(StartExecutionCommand)).toHaveLength(
      1,
    );
    const entries = stdout.lines().map((line) => JSON.parse(line));
    expect(entries).toContainEqual(
      expect.objectContaining({
        level: 'INFO',
        message: 'order validated',
        service: 'order-validation',
        orderId: 'ord-0001',
      }),
    );
  });

  it('prints no e-mail, card number or address for any order', async () => {
    mockAws();
    const { handler } = await loadHandler({ LOG_LEVEL: 'debug' });
    const order = sampleOrder();
    const card = '4111 1111 1111 1111';
    const hostile = {
      ...order,
      shippingAddress: { ...order.shippingAddress, city: `card ${card}` },
      'grace@example.org': true,
    };
    const stdout = captureStdout();

    await handler(order, lambdaContext());
    const rejected = await handler(hostile, lambdaContext()).finally(
      stdout.restore,
    );

    expect(rejected).toMatchObject({ statusCode: 400, status: 'REJECTED' });
    const printed = stdout.text();
    expect(stdout.lines().length).toBeGreaterThanOrEqual(2);
    for (const secret of [
      order.customerEmail,
      'grace@example.org',
      card,
      order.shippingAddress.line1,
      order.shippingAddress.postalCode,
      order.paymentToken,
    ]) {
      expect(printed).not.toContain(secret);
    }
  });

  it('throws so that EventBridge retries when DynamoDB fails', async () => {
    const aws = mockAws();
    aws.dynamo
      .on(PutCommand)
      .rejects(
        Object.assign(new Error('down'), { name: 'InternalServerError' }),
      );
    const { handler } = await loadHandler();
    const stdout = captureStdout();

    await expect(
      handler(sampleOrder(), lambdaContext()).finally(stdout.restore),
    ).rejects.toMatchObject({ name: 'InternalServerError' });
    expect(aws.stepFunctions.calls()).toHaveLength(0);
  });
});
