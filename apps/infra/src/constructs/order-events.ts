import { DetailType, EVENT_SOURCE } from '@org/domain';
import { Duration } from 'aws-cdk-lib';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction as LambdaTarget } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** The name of the pipeline's event bus. */
export const EVENT_BUS_NAME = 'orders';

/** How long and how often the rule retries a delivery before the DLQ. */
export const RULE_RETRY_POLICY = {
  maxEventAge: Duration.hours(2),
  retryAttempts: 8,
} as const;

/** The bus and the dead-letter queue of its rule's target. */
export interface OrderEvents {
  bus: EventBus;
  deadLetterQueue: Queue;
}

/**
 * Creates the `orders` event bus and the dead-letter queue of the
 * `OrderCreated` rule: encrypted with SQS-managed keys (which EventBridge
 * can write to, unlike the AWS-managed KMS key), refusing plain HTTP,
 * keeping messages 14 days.
 *
 * @example
 * const events = createOrderEvents(stack);
 * events.bus.eventBusName; // 'orders'
 */
export function createOrderEvents(scope: Construct): OrderEvents {
  const group = new Construct(scope, 'Events');
  const bus = new EventBus(group, 'Bus', { eventBusName: EVENT_BUS_NAME });
  const deadLetterQueue = new Queue(group, 'DeadLetterQueue', {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });

  return { bus, deadLetterQueue };
}

/**
 * Adds the rule that sends `OrderCreated` events of `com.ecommerce.orders`
 * on the bus to `target`, retrying with the {@link RULE_RETRY_POLICY} and
 * parking what it cannot deliver in the dead-letter queue. Separate from
 * {@link createOrderEvents} because the functions need the bus name
 * before the rule can point at one of them.
 *
 * @example
 * const rule = routeOrderCreated(stack, events, functions['order-validation']);
 */
export function routeOrderCreated(
  scope: Construct,
  events: OrderEvents,
  target: IFunction,
): Rule {
  return new Rule(scope, 'OrderCreatedRule', {
    eventBus: events.bus,
    description: 'Sends OrderCreated events to order-validation',
    eventPattern: {
      source: [EVENT_SOURCE],
      detailType: [DetailType.OrderCreated],
    },
    targets: [
      new LambdaTarget(target, {
        deadLetterQueue: events.deadLetterQueue,
        maxEventAge: RULE_RETRY_POLICY.maxEventAge,
        retryAttempts: RULE_RETRY_POLICY.retryAttempts,
      }),
    ],
  });
}
