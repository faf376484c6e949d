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
import { startScriptedProvider } from './support/scripted-provider.js';

const environment = {
  ORDERS_TABLE_NAME: 'orders',
  EVENT_BUS_NAME: 'orders-bus',
  PAYMENT_PROVIDER_URL: 'http://127.0.0.1:9',
};

function loadHandler(overrides: Record<string, string | undefined> = {}) {
  return importWithEnvironment(
    { ...environment, ...overrides },
    () => import('../../src/handler.js'),
  );
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await close?.();
  close = undefined;
});

describe('payment-processing handler', () => {
  it('fails at cold start naming the missing provider URL', async () => {
    await expect(
      loadHandler({ PAYMENT_PROVIDER_URL: undefined }),
    ).rejects.toThrow(/PAYMENT_PROVIDER_URL is required/);
  });

  it('charges { order } and answers { paymentId }, printing no personal data', async () => {
    const provider = await startScriptedProvider(() => ({
      kind: 'answer',
      status: 200,
      body: { paymentId: 'pay_9', status: 'succeeded' },
    }));
    close = provider.close;
    const dynamo = mockClient(DynamoDBDocumentClient);
    dynamo.on(GetCommand).resolves({ Item: { status: 'VALIDATED' } });
    mockClient(EventBridgeClient)
      .on(PutEventsCommand)
      .resolves({ FailedEntryCount: 0 });
    const { handler } = await loadHandler({
      PAYMENT_PROVIDER_URL: provider.url,
      LOG_LEVEL: 'DEBUG',
    });
    const order = sampleOrder();
    const stdout = captureStdout();

    const result = await handler({ order }, lambdaContext()).finally(
      stdout.restore,
    );

    expect(result).toEqual({ paymentId: 'pay_9' });
    expect(dynamo.commandCalls(UpdateCommand)).toHaveLength(1);
    const printed = stdout.text();
    expect(printed).toContain('payment charged');
    for (const secret of [
      order.paymentToken,
      order.customerEmail,
      order.shippingAddress.line1,
    ]) {
      expect(printed).not.toContain(secret);
    }
  });

  it('throws PaymentProviderUnavailable when the provider cannot be reached', async () => {
    mockClient(DynamoDBDocumentClient)
      .on(GetCommand)
      .resolves({ Item: { status: 'VALIDATED' } });
    const { handler } = await loadHandler();
    const stdout = captureStdout();

    const failure = handler({ order: sampleOrder() }, lambdaContext()).finally(
      stdout.restore,
    );

    await expect(failure).rejects.toMatchObject({
      name: 'PaymentProviderUnavailable',
    });
    expect(stdout.text()).not.toContain(sampleOrder().paymentToken);
  });
});
