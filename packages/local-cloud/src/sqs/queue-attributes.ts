import type { Queue } from './queue.js';

/**
 * The attributes GetQueueAttributes answers with, as SQS spells them
 * (every value a string), limited to the requested names (`All` for
 * every one).
 *
 * @example
 * queueAttributes(queue, ['ApproximateNumberOfMessages']);
 * // { ApproximateNumberOfMessages: '2' }
 */
export function queueAttributes(
  queue: Queue,
  requested: readonly string[],
): Record<string, string> {
  const counts = queue.counts();
  const all: Record<string, string> = {
    DelaySeconds: '0',
    MaximumMessageSize: '262144',
    MessageRetentionPeriod: '345600',
    ReceiveMessageWaitTimeSeconds: '0',
    VisibilityTimeout: '30',
    ...queue.attributes,
    QueueArn: queue.arn,
    ApproximateNumberOfMessages: String(counts.visible),
    ApproximateNumberOfMessagesNotVisible: String(counts.inFlight),
    ApproximateNumberOfMessagesDelayed: String(counts.delayed),
    CreatedTimestamp: String(Math.floor(queue.createdAt / 1000)),
    LastModifiedTimestamp: String(Math.floor(queue.createdAt / 1000)),
  };
  if (requested.includes('All')) {
    return all;
  }

  return Object.fromEntries(
    requested.filter((name) => name in all).map((name) => [name, all[name]]),
  ) as Record<string, string>;
}
