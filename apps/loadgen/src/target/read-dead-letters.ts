import { ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';

/**
 * Seconds a message read from the dead-letter queue stays hidden, long
 * enough for one sweep to see every other message.
 */
const SWEEP_VISIBILITY_SECONDS = 30;

/**
 * Reads the order ids of the events in the dead-letter queue without
 * deleting them: messages reappear after 30 seconds for the people who
 * investigate. A body that is not an EventBridge event with a
 * `detail.orderId` is skipped.
 *
 * @example
 * const parked = await readDeadLetters(sqs, queueUrl);
 */
export async function readDeadLetters(
  sqs: SQSClient,
  queueUrl: string,
): Promise<string[]> {
  const orderIds: string[] = [];
  for (;;) {
    const answer = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: SWEEP_VISIBILITY_SECONDS,
        WaitTimeSeconds: 0,
      }),
    );
    const messages = answer.Messages ?? [];
    if (messages.length === 0) {
      return orderIds;
    }
    for (const message of messages) {
      const orderId = orderIdOf(message.Body);
      if (orderId !== undefined) orderIds.push(orderId);
    }
  }
}

/**
 * The order id of a dead-lettered EventBridge event body.
 *
 * @example
 * orderIdOf('{"detail":{"orderId":"a"}}'); // 'a'
 */
export function orderIdOf(body: string | undefined): string | undefined {
  try {
    const event = JSON.parse(body ?? '') as { detail?: { orderId?: unknown } };
    const orderId = event.detail?.orderId;

    return typeof orderId === 'string' ? orderId : undefined;
  } catch {
    return undefined;
  }
}
