import { OrderCreatedSchema } from '@org/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateOrders } from '../../src/orders/generate-orders.js';

const TRACE_HEADER = /^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Sampled=1$/;

describe('generateOrders', () => {
  it('produces valid OrderCreated details for any seed', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 30 }),
        (seed, orders) => {
          const events = generateOrders({ orders, seed });

          for (const event of events) {
            expect(OrderCreatedSchema.safeParse(event.detail).success).toBe(
              true,
            );
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('makes exactly the poison share invalid, and only those', () => {
    const events = generateOrders({ orders: 200, seed: 3, poisonShare: 0.15 });
    const poison = events.filter((event) => event.kind === 'poison');

    expect(poison).toHaveLength(30);
    for (const event of events) {
      const valid = OrderCreatedSchema.safeParse(event.detail).success;
      expect(valid).toBe(event.kind !== 'poison');
    }
  });

  it('repeats valid orders with the same id, payload and trace header', () => {
    const events = generateOrders({
      orders: 40,
      seed: 5,
      duplicateShare: 0.25,
    });
    const originals = new Map(
      events
        .filter((event) => event.kind === 'valid')
        .map((event) => [event.orderId, event]),
    );
    const duplicates = events.filter((event) => event.kind === 'duplicate');

    expect(duplicates).toHaveLength(10);
    for (const duplicate of duplicates) {
      const original = originals.get(duplicate.orderId);
      expect(original?.detail).toEqual(duplicate.detail);
      expect(original?.traceHeader).toBe(duplicate.traceHeader);
    }
  });

  it('gives every distinct order its own sampled trace root', () => {
    const events = generateOrders({ orders: 50, seed: 9 });
    const headers = new Set(events.map((event) => event.traceHeader));

    expect(headers.size).toBe(50);
    for (const header of headers) expect(header).toMatch(TRACE_HEADER);
  });

  it('draws the same orders for the same seed', () => {
    const first = generateOrders({ orders: 5, seed: 11, runId: 'run' });
    const second = generateOrders({ orders: 5, seed: 11, runId: 'run' });

    expect(second.map((event) => event.detail)).toEqual(
      first.map((event) => event.detail),
    );
  });

  it('keeps the order id of poison orders so they can be reconciled', () => {
    const events = generateOrders({
      orders: 10,
      seed: 2,
      poisonShare: 1,
      runId: 'run',
    });

    expect(events.map((event) => event.orderId)).toEqual(
      Array.from({ length: 10 }, (_, index) => `run-${index}`),
    );
  });
});
