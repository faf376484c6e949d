import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { startLocalCloud } from '@org/local-cloud';
import { sampleOrder } from '@org/testing';
import { usePipelineCloud } from '@org/testing/lambda';
import { describe, expect, it } from 'vitest';
import { payloadHash } from '../../src/canonical-json.js';
import { toOrderRecord } from '../../src/order-record.js';
import { storeOrder } from '../../src/store-order.js';

describe('storeOrder against the local cloud', () => {
  const pipeline = usePipelineCloud(startLocalCloud);

  function recordOf(order: ReturnType<typeof sampleOrder>) {
    return toOrderRecord(order, payloadHash(order), new Date());
  }

  it('writes an order once and recognises its redeliveries by payload hash', async () => {
    const order = sampleOrder({ orderId: 'ord-store-1' });
    const { dynamo, tableName } = pipeline();

    const results = [];
    for (let delivery = 0; delivery < 3; delivery++) {
      results.push(await storeOrder(dynamo, tableName, recordOf(order)));
    }

    expect(results).toEqual([
      { kind: 'created' },
      { kind: 'duplicate', storedStatus: 'VALIDATED' },
      { kind: 'duplicate', storedStatus: 'VALIDATED' },
    ]);
    const { Item } = await dynamo.send(
      new GetCommand({ TableName: tableName, Key: { orderId: order.orderId } }),
    );
    expect(Item).toMatchObject({
      status: 'VALIDATED',
      payloadHash: payloadHash(order),
      shippingAddress: order.shippingAddress,
    });
    expect(Item).not.toHaveProperty('paymentToken');
  });

  it('keeps the first order when another payload arrives under its id', async () => {
    const first = sampleOrder({ orderId: 'ord-store-2' });
    const other = sampleOrder({ orderId: 'ord-store-2', customerId: 'cus-2' });
    const { dynamo, tableName } = pipeline();
    await storeOrder(dynamo, tableName, recordOf(first));

    const result = await storeOrder(dynamo, tableName, recordOf(other));

    expect(result).toEqual({ kind: 'conflict', storedStatus: 'VALIDATED' });
    const { Item } = await dynamo.send(
      new GetCommand({ TableName: tableName, Key: { orderId: 'ord-store-2' } }),
    );
    expect(Item?.customerId).toBe('cus-0001');
  });
});
