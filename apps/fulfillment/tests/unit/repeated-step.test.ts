import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { sampleOrder } from '@org/testing';
import { describe, expect, it } from 'vitest';
import { fulfilOrder } from '../../src/fulfil-order.js';
import { mockedDependencies, publishedEvents } from './support/clients.js';
import { FakeOrdersTable } from './support/fake-orders-table.js';

describe('fulfilOrder when the workflow step runs more than once', () => {
  it('fulfils once and answers the first fulfilment time every time', async () => {
    const { dependencies, dynamoMock, eventBridgeMock } = mockedDependencies();
    const table = new FakeOrdersTable();
    table.items.set('ord-0001', {
      orderId: 'ord-0001',
      status: 'PAID',
      paymentId: 'pay_1',
    });
    dynamoMock
      .on(UpdateCommand)
      .callsFake((input) => table.update(input))
      .on(GetCommand)
      .callsFake((input) => table.get(input));
    const times = ['2026-01-01T00:00:00.000Z', '2026-01-01T00:00:05.000Z'];
    let call = 0;
    dependencies.now = () => new Date(times[Math.min(call++, 1)] ?? 0);
    const input = { order: sampleOrder(), payment: { paymentId: 'pay_1' } };

    const results = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      results.push(await fulfilOrder(input, dependencies));
    }

    expect(table.updates).toBe(1);
    expect(results.map((result) => result.fulfilledAt)).toEqual([
      times[0],
      times[0],
      times[0],
    ]);
    expect(publishedEvents(eventBridgeMock)).toHaveLength(3);
  });
});
