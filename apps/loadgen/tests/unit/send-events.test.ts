import { describe, expect, it } from 'vitest';
import { generateOrders } from '../../src/orders/generate-orders.js';
import type { OrderEvent } from '../../src/orders/order-event.js';
import { sendEvents } from '../../src/run/send-events.js';
import { tallyOutcomes } from '../../src/run/tally-outcomes.js';
import type { OrderPipelineTarget } from '../../src/target/order-pipeline-target.js';

/** A target that records batches and how many were in flight at once. */
function recordingTarget() {
  const batches: string[][] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const target: OrderPipelineTarget = {
    async send(events: readonly OrderEvent[]) {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      batches.push(events.map((event) => event.orderId));
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight--;

      return { accepted: events.length, retries: 0 };
    },
    outcomes: async () => new Map(),
    close: async () => undefined,
  };

  return { target, batches, mostInFlight: () => mostInFlight };
}

describe('sendEvents', () => {
  it('keeps at most the concurrency of events in flight, 10 per call', async () => {
    const recording = recordingTarget();
    const events = generateOrders({ orders: 95, seed: 1 });

    await sendEvents(recording.target, events, { concurrency: 30 });

    expect(recording.batches).toHaveLength(10);
    expect(recording.batches.every((batch) => batch.length <= 10)).toBe(true);
    expect(recording.batches.flat()).toHaveLength(95);
    expect(recording.mostInFlight()).toBe(3);
  });

  it('sends smaller calls one at a time below 10 concurrent events', async () => {
    const recording = recordingTarget();

    await sendEvents(recording.target, generateOrders({ orders: 7, seed: 1 }), {
      concurrency: 3,
    });

    expect(recording.batches.map((batch) => batch.length)).toEqual([3, 3, 1]);
    expect(recording.mostInFlight()).toBe(1);
  });

  it('records one send time per order, duplicates included once', async () => {
    const recording = recordingTarget();
    const events = generateOrders({ orders: 20, seed: 2, duplicateShare: 0.5 });

    const sentAt = await sendEvents(recording.target, events, {
      concurrency: 2,
    });

    expect(events).toHaveLength(30);
    expect(sentAt.size).toBe(20);
  });

  it('reports the running count of events sent', async () => {
    const recording = recordingTarget();
    const counts: number[] = [];

    await sendEvents(
      recording.target,
      generateOrders({ orders: 25, seed: 3 }),
      {
        concurrency: 10,
        onSent: (sent) => counts.push(sent),
      },
    );

    expect(counts).toEqual([10, 20, 25]);
  });
});

describe('tallyOutcomes', () => {
  it('counts terminal and dead-lettered orders as accounted for', () => {
    const tally = tallyOutcomes([
      { kind: 'terminal', orderId: 'a', status: 'FULFILLED', updatedAt: '' },
      { kind: 'terminal', orderId: 'b', status: 'FAILED', updatedAt: '' },
      { kind: 'dead-letter', orderId: 'c' },
      { kind: 'in-flight', orderId: 'd', status: 'PAID' },
      { kind: 'unknown', orderId: 'e' },
    ]);

    expect(tally).toEqual({
      accounted: 3,
      fulfilled: 1,
      rejected: 0,
      failed: 1,
      deadLetter: 1,
    });
  });
});
