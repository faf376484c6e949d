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

/** The bus, the rule that starts order-validation and its DLQ. */
export interface OrderEvents {
  bus: EventBus;
  rule: Rule;
  deadLetterQueue: Queue;
}

/**
 * Creates the `orders` event bus and the rule that sends `OrderCreated`
 * events of `com.ecommerce.orders` to order-validation, retrying with the
 * {@link RULE_RETRY_POLICY} and parking what it cannot deliver in an
 * encrypted (SQS-managed keys, which EventBridge can write to) dead-letter
 * queue that refuses plain HTTP. Kept 14 days.
 *
 * @example
 * const events = createOrderEvents(stack);
 * events.rule.addTarget(...); // done by {@link routeOrderCreated}
 */
export function createOrderEvents(scope: Construct): Omit<OrderEvents, 'rule'> {
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
 * Adds the `OrderCreated` rule on `bus` with `target` as its Lambda target.
 * Separate from {@link createOrderEvents} because the functions need the
 * bus name before the rule can point at one of them.
 *
 * @example
 * const rule = routeOrderCreated(stack, events, functions['order-validation']);
 */
export function routeOrderCreated(
  scope: Construct,
  events: Omit<OrderEvents, 'rule'>,
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
