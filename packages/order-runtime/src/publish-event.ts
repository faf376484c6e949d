import {
  type EventBridgeClient,
  PutEventsCommand,
} from '@aws-sdk/client-eventbridge';
import {
  type EmittedEventDetail,
  EmittedEventSchemas,
  EVENT_SOURCE,
} from '@org/domain';
import { EventPublishError } from './errors.js';

/**
 * Where and how events are published.
 *
 * @example
 * const target: EventBusTarget = { eventBridge, eventBusName: 'orders' };
 */
export interface EventBusTarget {
  eventBridge: EventBridgeClient;
  eventBusName: string;
}

/**
 * Publishes one pipeline event (source `com.ecommerce.orders`) after
 * checking its detail against the domain's schema, which also drops any
 * field the schema does not name. The trace header is added by the
 * captured client, not here.
 *
 * @throws {EventPublishError} when the call fails or EventBridge refuses
 * the entry (PutEvents reports refused entries without throwing)
 * @example
 * await publishEvent(target, 'OrderValidated', {
 *   orderId: 'ord-1', totalAmount: 20.29, currency: 'EUR',
 * });
 */
export async function publishEvent<T extends keyof typeof EmittedEventSchemas>(
  target: EventBusTarget,
  detailType: T,
  detail: EmittedEventDetail<T>,
): Promise<void> {
  const checked = EmittedEventSchemas[detailType].parse(detail);
  const orderId = 'orderId' in checked ? checked.orderId : undefined;
  const command = new PutEventsCommand({
    Entries: [
      {
        Source: EVENT_SOURCE,
        DetailType: detailType,
        Detail: JSON.stringify(checked),
        EventBusName: target.eventBusName,
      },
    ],
  });

  const response = await target.eventBridge.send(command).catch((error) => {
    throw new EventPublishError(detailType, orderId, errorName(error), {
      cause: error,
    });
  });

  const refused = response.Entries?.find((entry) => entry.ErrorCode);
  if ((response.FailedEntryCount ?? 0) > 0 || refused) {
    const reason = refused?.ErrorCode ?? 'the entry was refused';
    throw new EventPublishError(detailType, orderId, reason);
  }
}

function errorName(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  if (error.name !== 'Error') return error.name;
  const { code } = error as { code?: unknown };

  return typeof code === 'string' ? code : error.message.slice(0, 120);
}
