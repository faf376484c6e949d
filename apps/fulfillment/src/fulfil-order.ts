import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { OrderStatus } from '@org/domain';
import type { Logger } from '@org/order-runtime';
import { publishEvent } from '@org/order-runtime';
import type { Config } from './config.js';
import { readFulfillmentRequest } from './fulfillment-request.js';
import { markFulfilled } from './mark-fulfilled.js';

/**
 * What {@link fulfilOrder} works with; the handler passes the real ones.
 *
 * @example
 * await fulfilOrder(input, { dynamo, eventBridge, logger, config });
 */
export interface FulfillmentDependencies {
  dynamo: DynamoDBDocumentClient;
  eventBridge: EventBridgeClient;
  config: Pick<Config, 'ordersTableName' | 'eventBusName'>;
  logger: Logger;
  now?: () => Date;
}

/**
 * The answer of fulfillment, stored by the workflow.
 *
 * @example
 * { orderId: 'ord-1', status: 'FULFILLED', fulfilledAt: '2026-01-01T…Z' }
 */
export interface FulfillmentResult {
  orderId: string;
  status: typeof OrderStatus.Fulfilled;
  fulfilledAt: string;
}

/**
 * Fulfils a PAID order: marks it FULFILLED (idempotently) and emits
 * OrderFulfilled, again on a retried step so that the event is never lost.
 *
 * @throws {InvalidFulfillmentRequestError} when the input is not
 * `{ order, payment }`
 * @throws {OrderStateConflictError} when the order is not PAID with this
 * payment nor already FULFILLED
 * @example
 * const result = await fulfilOrder({ order, payment }, dependencies);
 */
export async function fulfilOrder(
  input: unknown,
  dependencies: FulfillmentDependencies,
): Promise<FulfillmentResult> {
  const { config, logger } = dependencies;
  const request = readFulfillmentRequest(input);
  const now = dependencies.now?.() ?? new Date();

  const mark = await markFulfilled(
    dependencies.dynamo,
    config.ordersTableName,
    request,
    now,
  );
  logger.info('order fulfilled', {
    orderId: request.orderId,
    alreadyFulfilled: mark.alreadyFulfilled,
  });
  await publishEvent(
    {
      eventBridge: dependencies.eventBridge,
      eventBusName: config.eventBusName,
    },
    'OrderFulfilled',
    { orderId: request.orderId, fulfilledAt: mark.fulfilledAt },
  );

  return {
    orderId: request.orderId,
    status: OrderStatus.Fulfilled,
    fulfilledAt: mark.fulfilledAt,
  };
}
