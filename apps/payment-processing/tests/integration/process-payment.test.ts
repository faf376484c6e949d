import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { startLocalCloud } from '@org/local-cloud';
import { sampleOrder } from '@org/testing';
import { usePipelineCloud } from '@org/testing/lambda';
import { describe, expect, it } from 'vitest';
import { processPayment } from '../../src/process-payment.js';

const silent = { info() {}, warn() {}, error() {} };

describe('processPayment against the local cloud', () => {
  const pipeline = usePipelineCloud(startLocalCloud);

  function dependencies() {
    return {
      dynamo: pipeline().dynamo,
      eventBridge: pipeline().eventBridge,
      logger: silent,
      config: {
        ordersTableName: pipeline().tableName,
        eventBusName: pipeline().eventBusName,
        paymentProviderUrl: pipeline().cloud.paymentProvider.url,
      },
      remainingTimeMs: () => 5_000,
    };
  }

  async function storedOrder(orderId: string) {
    const { Item } = await pipeline().dynamo.send(
      new GetCommand({ TableName: pipeline().tableName, Key: { orderId } }),
    );
    return Item;
  }

  it('charges once, records PAID and publishes PaymentCharged when the step runs three times', async () => {
    const order = sampleOrder({ orderId: 'ord-int-1' });
    await pipeline().seed({ orderId: order.orderId, status: 'VALIDATED' });

    const results = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      results.push(await processPayment({ order }, dependencies()));
    }

    const charges = pipeline().cloud.paymentProvider.ledger.chargesForOrder(
      order.orderId,
    );
    expect(charges).toHaveLength(1);
    expect(results.map((result) => result.paymentId)).toEqual(
      Array(3).fill(charges[0]?.paymentId),
    );
    expect(await storedOrder(order.orderId)).toMatchObject({
      status: 'PAID',
      paymentId: charges[0]?.paymentId,
    });
    const events = (await pipeline().published()).filter(
      (event) => event['detail-type'] === 'PaymentCharged',
    );
    expect(events[0]?.detail).toEqual({
      orderId: order.orderId,
      paymentId: charges[0]?.paymentId,
      amount: order.totalAmount,
      currency: order.currency,
    });
  });

  it('throws PaymentDeclined for a token the provider declines and leaves the order VALIDATED', async () => {
    const order = sampleOrder({
      orderId: 'ord-int-2',
      paymentToken: 'tok_decline_insufficient',
    });
    await pipeline().seed({ orderId: order.orderId, status: 'VALIDATED' });

    await expect(
      processPayment({ order }, dependencies()),
    ).rejects.toMatchObject({ name: 'PaymentDeclined' });
    expect((await storedOrder(order.orderId))?.status).toBe('VALIDATED');
  });

  it('throws PaymentProviderUnavailable while the provider answers 503', async () => {
    const order = sampleOrder({ orderId: 'ord-int-3' });
    await pipeline().seed({ orderId: order.orderId, status: 'VALIDATED' });
    pipeline().cloud.faults.setPaymentProvider({ failureRate: 1 });

    const failure = processPayment({ order }, dependencies());

    await expect(failure).rejects.toMatchObject({
      name: 'PaymentProviderUnavailable',
    });
    pipeline().cloud.faults.setPaymentProvider({ failureRate: 0 });
    await expect(processPayment({ order }, dependencies())).resolves.toEqual({
      paymentId: expect.stringMatching(/^pay_/),
    });
  });

  it('refuses to charge an order that already FAILED', async () => {
    const order = sampleOrder({ orderId: 'ord-int-4' });
    await pipeline().seed({ orderId: order.orderId, status: 'FAILED' });

    await expect(
      processPayment({ order }, dependencies()),
    ).rejects.toMatchObject({ name: 'OrderStateConflict' });
    expect(
      pipeline().cloud.paymentProvider.ledger.chargesForOrder(order.orderId),
    ).toHaveLength(0);
  });
});
