import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { startLocalCloud } from '@org/local-cloud';
import { sampleOrder } from '@org/testing';
import { usePipelineCloud } from '@org/testing/lambda';
import { describe, expect, it } from 'vitest';
import { fulfilOrder } from '../../src/fulfil-order.js';

const silent = { info() {}, warn() {}, error() {} };

describe('fulfilOrder against the local cloud', () => {
  const pipeline = usePipelineCloud(startLocalCloud);

  function dependencies() {
    return {
      dynamo: pipeline().dynamo,
      eventBridge: pipeline().eventBridge,
      logger: silent,
      config: {
        ordersTableName: pipeline().tableName,
        eventBusName: pipeline().eventBusName,
      },
    };
  }

  function input(orderId: string, paymentId = 'pay_1') {
    return { order: sampleOrder({ orderId }), payment: { paymentId } };
  }

  it('fulfils a PAID order once however often the step runs, publishing OrderFulfilled', async () => {
    await pipeline().seed({
      orderId: 'ord-ful-1',
      status: 'PAID',
      paymentId: 'pay_1',
    });

    const results = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      results.push(await fulfilOrder(input('ord-ful-1'), dependencies()));
    }

    const { Item } = await pipeline().dynamo.send(
      new GetCommand({
        TableName: pipeline().tableName,
        Key: { orderId: 'ord-ful-1' },
      }),
    );
    expect(Item).toMatchObject({ status: 'FULFILLED', paymentId: 'pay_1' });
    expect(new Set(results.map((result) => result.fulfilledAt))).toEqual(
      new Set([Item?.fulfilledAt]),
    );
    const events = (await pipeline().published()).filter(
      (event) => event['detail-type'] === 'OrderFulfilled',
    );
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events[0]?.detail).toEqual({
      orderId: 'ord-ful-1',
      fulfilledAt: Item?.fulfilledAt,
    });
  });

  it.each([
    ['VALIDATED', 'ord-ful-2', { status: 'VALIDATED' }],
    [
      'PAID with another payment',
      'ord-ful-3',
      { status: 'PAID', paymentId: 'pay_other' },
    ],
  ])(
    'throws OrderStateConflict for an order that is %s',
    async (_state, orderId, stored) => {
      await pipeline().seed({ orderId, ...stored });

      await expect(
        fulfilOrder(input(orderId), dependencies()),
      ).rejects.toMatchObject({ name: 'OrderStateConflict' });
    },
  );
});
