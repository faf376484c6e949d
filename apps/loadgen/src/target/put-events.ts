import {
  type EventBridgeClient,
  PutEventsCommand,
  type PutEventsRequestEntry,
} from '@aws-sdk/client-eventbridge';
import { DetailType, EVENT_SOURCE } from '@org/domain';
import { DeliveryError } from '../errors.js';
import type { OrderEvent } from '../orders/order-event.js';

/** The most entries one PutEvents call takes. */
export const MAX_ENTRIES_PER_CALL = 10;

/** Options of {@link putOrderEvents}. */
export interface PutOrderEventsOptions {
  client: EventBridgeClient;
  eventBusName: string;
  /** Calls per batch before giving up. Default 5. */
  maxAttempts?: number;
  /** First backoff in milliseconds, doubled with full jitter. Default 50. */
  baseDelayMs?: number;
}

/**
 * Builds the PutEvents entry of an order event.
 *
 * @example
 * toEntry(event, 'orders').DetailType; // 'OrderCreated'
 */
export function toEntry(
  event: OrderEvent,
  eventBusName: string,
): PutEventsRequestEntry {
  return {
    EventBusName: eventBusName,
    Source: EVENT_SOURCE,
    DetailType: DetailType.OrderCreated,
    Detail: JSON.stringify(event.detail),
    TraceHeader: event.traceHeader,
  };
}

/**
 * Puts up to {@link MAX_ENTRIES_PER_CALL} events on the bus, sending again
 * only the entries refused (`FailedEntryCount`) with exponential backoff
 * and full jitter. Returns the number of calls repeated.
 *
 * @example
 * const retries = await putOrderEvents(batch, { client, eventBusName: 'orders' });
 */
export async function putOrderEvents(
  events: readonly OrderEvent[],
  options: PutOrderEventsOptions,
): Promise<number> {
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 50;
  let pending = [...events];
  let lastReason = 'no answer';
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    if (attempt > 0) {
      await sleep(Math.random() * baseDelayMs * 2 ** attempt);
    }
    const answer = await options.client.send(
      new PutEventsCommand({
        Entries: pending.map((event) => toEntry(event, options.eventBusName)),
      }),
    );
    if (!answer.FailedEntryCount) {
      return attempt;
    }
    const results = answer.Entries ?? [];
    lastReason =
      results.find((entry) => entry.ErrorCode)?.ErrorCode ?? lastReason;
    const refused = pending.filter((_, index) => results[index]?.ErrorCode);
    // Without per-entry answers every entry of the call is sent again.
    pending = refused.length > 0 ? refused : pending;
  }

  throw new DeliveryError(
    pending.map((event) => event.orderId),
    lastReason,
  );
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
