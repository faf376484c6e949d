import {
  DeleteMessageCommand,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { OrderOutcome } from './order-pipeline-target.js';

/**
 * Drains the queue of `OrderRejected` events (the run owns it, so every
 * message is deleted once read) and returns one REJECTED outcome per
 * event, dated by the event's `time`. Bodies that are not such an event
 * are deleted and skipped.
 *
 * @example
 * const rejected = await readRejections(sqs, queueUrl);
 */
export async function readRejections(
  sqs: SQSClient,
  queueUrl: string,
): Promise<OrderOutcome[]> {
  const outcomes: OrderOutcome[] = [];
  for (;;) {
    const answer = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 0,
      }),
    );
    const messages = answer.Messages ?? [];
    if (messages.length === 0) {
      return outcomes;
    }
    for (const message of messages) {
      const outcome = rejectionOf(message.Body);
      if (outcome) outcomes.push(outcome);
      await sqs.send(
        new DeleteMessageCommand({
          QueueUrl: queueUrl,
          ReceiptHandle: message.ReceiptHandle,
        }),
      );
    }
  }
}

/**
 * The REJECTED outcome of an `OrderRejected` event body, with the paths
 * of its problems as the reason.
 *
 * @example
 * rejectionOf('{"time":"…","detail":{"orderId":"a","problems":[]}}')?.status; // 'REJECTED'
 */
export function rejectionOf(
  body: string | undefined,
): OrderOutcome | undefined {
  try {
    const event = JSON.parse(body ?? '') as {
      time?: unknown;
      detail?: { orderId?: unknown; problems?: { path?: unknown }[] };
    };
    const orderId = event.detail?.orderId;
    if (typeof orderId !== 'string') {
      return undefined;
    }
    const paths = (event.detail?.problems ?? []).map((problem) =>
      String(problem.path),
    );

    return {
      kind: 'terminal',
      orderId,
      status: 'REJECTED',
      updatedAt: typeof event.time === 'string' ? event.time : '',
      failureReason: `invalid ${paths.join(', ') || 'order'}`,
    };
  } catch {
    return undefined;
  }
}
