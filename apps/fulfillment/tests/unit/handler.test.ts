import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  EventBridgeClient,
  PutEventsCommand,
} from '@aws-sdk/client-eventbridge';
import {
  DynamoDBDocumentClient,
  GetCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { lambdaContext, sampleOrder } from '@org/testing';
import { captureStdout, importWithEnvironment } from '@org/testing/lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';

const environment = {
  ORDERS_TABLE_NAME: 'orders',
  EVENT_BUS_NAME: 'orders-bus',
};

function loadHandler(overrides: Record<string, string | undefined> = {}) {
  return importWithEnvironment(
    { ...environment, ...overrides },
    () => import('../../src/handler.js'),
  );
}

const input = { order: sampleOrder(), payment: { paymentId: 'pay_1' } };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('fulfillment handler', () => {
  it('fails at cold start naming the missing table', async () => {
    await expect(loadHandler({ ORDERS_TABLE_NAME: undefined })).rejects.toThrow(
      /ORDERS_TABLE_NAME is required/,
    );
  });

  it('fulfils a PAID order and prints no personal data', async () => {
    mockClient(DynamoDBDocumentClient);
    const eventBridge = mockClient(EventBridgeClient);
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0 });
    const { handler } = await loadHandler({ LOG_LEVEL: 'DEBUG' });
    const stdout = captureStdout();

    const result = await handler(input, lambdaContext()).finally(
      stdout.restore,
    );

    expect(result).toMatchObject({ orderId: 'ord-0001', status: 'FULFILLED' });
    expect(eventBridge.commandCalls(PutEventsCommand)).toHaveLength(1);
    const printed = stdout.text();
    expect(printed).toContain('order fulfilled');
    for (const secret of [
      input.order.customerEmail,
      input.order.shippingAddress.line1,
      input.order.paymentToken,
    ]) {
      expect(printed).not.toContain(secret);
    }
  });

  it('throws OrderStateConflict for an order that is not PAID', async () => {
    const dynamo = mockClient(DynamoDBDocumentClient);
    dynamo
      .on(UpdateCommand)
      .rejects(
        new ConditionalCheckFailedException({ message: 'no', $metadata: {} }),
      );
    dynamo.on(GetCommand).resolves({ Item: { status: 'VALIDATED' } });
    const { handler } = await loadHandler();
    const stdout = captureStdout();

    await expect(
      handler(input, lambdaContext()).finally(stdout.restore),
    ).rejects.toMatchObject({ name: 'OrderStateConflict' });
  });
});
