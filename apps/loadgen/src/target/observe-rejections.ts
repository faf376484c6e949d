import {
  type EventBridgeClient,
  PutRuleCommand,
  PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { DetailType, EVENT_SOURCE } from '@org/domain';

/** The queue and rule a local run adds to watch rejected orders. */
export const REJECTION_OBSERVER = {
  queueName: 'loadgen-order-rejections',
  ruleName: 'loadgen-order-rejected',
} as const;

/** The clients {@link observeRejections} works with. */
export interface ObserverClients {
  events: EventBridgeClient;
  sqs: SQSClient;
}

/**
 * Creates a queue and a rule on the bus that copies every `OrderRejected`
 * event of the pipeline into it, so that a run can count rejected orders
 * (order-validation stores nothing for them). Returns the queue URL.
 *
 * @example
 * const queueUrl = await observeRejections({ events, sqs }, 'orders');
 */
export async function observeRejections(
  clients: ObserverClients,
  eventBusName: string,
): Promise<string> {
  const queue = await clients.sqs.send(
    new CreateQueueCommand({ QueueName: REJECTION_OBSERVER.queueName }),
  );
  const queueUrl = queue.QueueUrl as string;
  const attributes = await clients.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ['QueueArn'],
    }),
  );
  await clients.events.send(
    new PutRuleCommand({
      Name: REJECTION_OBSERVER.ruleName,
      EventBusName: eventBusName,
      EventPattern: JSON.stringify({
        source: [EVENT_SOURCE],
        'detail-type': [DetailType.OrderRejected],
      }),
    }),
  );
  await clients.events.send(
    new PutTargetsCommand({
      Rule: REJECTION_OBSERVER.ruleName,
      EventBusName: eventBusName,
      Targets: [{ Id: 'rejections', Arn: attributes.Attributes?.QueueArn }],
    }),
  );

  return queueUrl;
}
