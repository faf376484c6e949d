import type {
  EventBridgeClient,
  PutEventsCommand,
  PutEventsResponse,
} from '@aws-sdk/client-eventbridge';
import { describe, expect, it } from 'vitest';
import { DeliveryError } from '../../src/errors.js';
import { generateOrders } from '../../src/orders/generate-orders.js';
import { putOrderEvents, toEntry } from '../../src/target/put-events.js';

/** A bus that refuses the entries `refuse` picks, call by call. */
function refusingBus(refuse: (call: number, orderId: string) => boolean) {
  const calls: string[][] = [];
  const client = {
    send: async (command: PutEventsCommand): Promise<PutEventsResponse> => {
      const entries = command.input.Entries ?? [];
      const orderIds = entries.map(
        (entry) => JSON.parse(entry.Detail ?? '{}').orderId,
      );
      const call = calls.push(orderIds) - 1;
      const results = orderIds.map((orderId) =>
        refuse(call, orderId)
          ? { ErrorCode: 'ThrottlingException', ErrorMessage: 'Rate exceeded' }
          : { EventId: `event-${orderId}` },
      );

      return {
        FailedEntryCount: results.filter((result) => 'ErrorCode' in result)
          .length,
        Entries: results,
      };
    },
  } as unknown as EventBridgeClient;

  return { client, calls };
}

const events = generateOrders({ orders: 3, seed: 1, runId: 'put' });

describe('putOrderEvents', () => {
  it('sends again only the entries the bus refused', async () => {
    const bus = refusingBus(
      (call, orderId) => call === 0 && orderId === 'put-1',
    );

    const retries = await putOrderEvents(events, {
      client: bus.client,
      eventBusName: 'orders',
      baseDelayMs: 1,
    });

    expect(retries).toBe(1);
    expect(bus.calls).toEqual([['put-0', 'put-1', 'put-2'], ['put-1']]);
  });

  it('gives up with the refused order ids after the last attempt', async () => {
    const bus = refusingBus((_, orderId) => orderId === 'put-2');

    const sending = putOrderEvents(events, {
      client: bus.client,
      eventBusName: 'orders',
      maxAttempts: 3,
      baseDelayMs: 1,
    });

    await expect(sending).rejects.toBeInstanceOf(DeliveryError);
    await expect(sending).rejects.toMatchObject({
      orderIds: ['put-2'],
      exitCode: 4,
    });
    expect(bus.calls).toHaveLength(3);
  });
});

describe('toEntry', () => {
  it('builds an OrderCreated entry of the pipeline source with its trace header', () => {
    const [event] = events;
    if (!event) throw new Error('no event generated');

    expect(toEntry(event, 'orders')).toEqual({
      EventBusName: 'orders',
      Source: 'com.ecommerce.orders',
      DetailType: 'OrderCreated',
      Detail: JSON.stringify(event.detail),
      TraceHeader: event.traceHeader,
    });
  });
});
