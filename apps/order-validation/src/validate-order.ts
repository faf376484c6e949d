import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { SFNClient } from '@aws-sdk/client-sfn';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { OrderCreated } from '@org/domain';
import type { Logger } from '@org/order-runtime';
import { publishEvent } from '@org/order-runtime';
import { payloadHash } from './canonical-json.js';
import type { Config } from './config.js';
import { toOrderRecord } from './order-record.js';
import {
  accepted,
  conflict,
  rejected,
  type ValidationOutcome,
} from './outcome.js';
import { readOrder } from './read-order.js';
import { startWorkflow } from './start-workflow.js';
import { storeOrder } from './store-order.js';

/**
 * What {@link validateOrder} works with; the handler passes the real ones.
 *
 * @example
 * await validateOrder(event, {
 *   dynamo, stepFunctions, eventBridge, logger, config,
 * });
 */
export interface ValidationDependencies {
  dynamo: DynamoDBDocumentClient;
  stepFunctions: SFNClient;
  eventBridge: EventBridgeClient;
  config: Pick<Config, 'ordersTableName' | 'stateMachineArn' | 'eventBusName'>;
  logger: Logger;
  now?: () => Date;
}

/**
 * Validates an `OrderCreated` event, stores a valid order once (VALIDATED,
 * with its payload hash) and starts its workflow once.
 *
 * - Invalid: emits OrderRejected, writes nothing, answers 400.
 * - New: stores, starts the workflow, emits OrderValidated, answers 202.
 * - Redelivered (same id, same payload): starts the workflow if the first
 *   attempt did not get that far, emits OrderValidated only when this call
 *   started it, answers 202 like the first.
 * - Same id, different payload: answers 409, changes nothing.
 *
 * AWS failures propagate so that the invocation is retried.
 *
 * @example
 * const outcome = await validateOrder(event, dependencies);
 */
export async function validateOrder(
  event: unknown,
  dependencies: ValidationDependencies,
): Promise<ValidationOutcome> {
  const { config, logger } = dependencies;
  const reading = readOrder(event);
  if (reading.kind === 'invalid') {
    logger.warn('order rejected', {
      orderId: reading.orderId,
      problemPaths: reading.problems.map((problem) => problem.path),
    });
    await publishEvent(eventBus(dependencies), 'OrderRejected', {
      orderId: reading.orderId,
      problems: reading.problems,
    });
    return rejected(reading.orderId, reading.problems);
  }

  const { order } = reading;
  const now = dependencies.now?.() ?? new Date();
  const record = toOrderRecord(order, payloadHash(order), now);
  const stored = await storeOrder(
    dependencies.dynamo,
    config.ordersTableName,
    record,
  );
  if (stored.kind === 'conflict') {
    logger.warn('order id already used by a different order', {
      orderId: order.orderId,
      storedStatus: stored.storedStatus,
    });
    return conflict(order.orderId);
  }

  await startAndAnnounce(order, stored.kind === 'duplicate', dependencies);

  return accepted(order.orderId);
}

async function startAndAnnounce(
  order: OrderCreated,
  duplicate: boolean,
  dependencies: ValidationDependencies,
): Promise<void> {
  const { config, logger } = dependencies;
  const start = await startWorkflow(
    dependencies.stepFunctions,
    config.stateMachineArn,
    order,
  );
  logger.info('order validated', {
    orderId: order.orderId,
    duplicate,
    workflow: start.kind,
  });
  if (start.kind === 'already-started') return;

  await publishEvent(eventBus(dependencies), 'OrderValidated', {
    orderId: order.orderId,
    totalAmount: order.totalAmount,
    currency: order.currency,
  });
}

function eventBus(dependencies: ValidationDependencies) {
  return {
    eventBridge: dependencies.eventBridge,
    eventBusName: dependencies.config.eventBusName,
  };
}
