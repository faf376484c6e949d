import type { OrderEvent } from '../orders/order-event.js';
import type { OrderPipelineTarget } from '../target/order-pipeline-target.js';
import { MAX_ENTRIES_PER_CALL } from '../target/put-events.js';

/** Options of {@link sendEvents}. */
export interface SendEventsOptions {
  /** Events in flight at once, in PutEvents calls of up to 10. */
  concurrency: number;
  /** Events per second at most; unlimited when absent. */
  rate?: number;
  /** Called after each batch with the events sent so far. */
  onSent?: (sent: number) => void;
}

/**
 * Sends the events with at most `concurrency` of them in flight: in
 * PutEvents calls of `min(10, concurrency)` entries, as many calls at once
 * as fit, paced to `rate` events per second. Returns the epoch
 * milliseconds of the first send of each order id.
 *
 * @example
 * const sentAt = await sendEvents(target, events, { concurrency: 4, rate: 50 });
 */
export async function sendEvents(
  target: OrderPipelineTarget,
  events: readonly OrderEvent[],
  options: SendEventsOptions,
): Promise<Map<string, number>> {
  const batchSize = Math.max(
    1,
    Math.min(MAX_ENTRIES_PER_CALL, options.concurrency),
  );
  const batches = toBatches(events, batchSize);
  const sentAt = new Map<string, number>();
  const start = Date.now();
  let nextBatch = 0;
  let scheduled = 0;
  let sent = 0;
  const worker = async (): Promise<void> => {
    while (nextBatch < batches.length) {
      const batch = batches[nextBatch++] as OrderEvent[];
      if (options.rate !== undefined) {
        const due = start + (scheduled / options.rate) * 1000;
        scheduled += batch.length;
        await sleep(due - Date.now());
      }
      const now = Date.now();
      for (const event of batch) {
        if (!sentAt.has(event.orderId)) sentAt.set(event.orderId, now);
      }
      await target.send(batch);
      sent += batch.length;
      options.onSent?.(sent);
    }
  };
  const workers = Math.max(
    1,
    Math.min(Math.floor(options.concurrency / batchSize), batches.length),
  );
  await Promise.all(Array.from({ length: workers }, worker));

  return sentAt;
}

function toBatches(
  events: readonly OrderEvent[],
  batchSize: number,
): OrderEvent[][] {
  const batches: OrderEvent[][] = [];
  for (let start = 0; start < events.length; start += batchSize) {
    batches.push(events.slice(start, start + batchSize));
  }

  return batches;
}

function sleep(milliseconds: number): Promise<void> {
  if (milliseconds <= 0) {
    return Promise.resolve();
  }

  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
