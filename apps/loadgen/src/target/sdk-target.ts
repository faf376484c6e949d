import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { OrderEvent } from '../orders/order-event.js';
import {
  type OrderOutcome,
  type OrderPipelineTarget,
  type PipelineResources,
  type SendResult,
} from './order-pipeline-target.js';
import { MAX_ENTRIES_PER_CALL, putOrderEvents } from './put-events.js';
import { readDeadLetters } from './read-dead-letters.js';
import { readOrders } from './read-orders.js';
import { readRejections } from './read-rejections.js';

/** How the SDK clients reach the pipeline. */
export interface SdkClientSettings {
  region: string;
  /** An endpoint such as the local cloud's; AWS's own when absent. */
  endpoint?: string;
  /** Fixed credentials; the default provider chain when absent. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** Options of {@link createSdkTarget}. */
export interface SdkTargetOptions {
  resources: PipelineResources;
  clients: SdkClientSettings;
  /** Runs after the clients are released, for example to stop a stack. */
  onClose?: () => Promise<void>;
}

/**
 * The {@link OrderPipelineTarget} over the AWS SDK v3: PutEvents to the
 * bus, BatchGetItem on the orders table, a sweep of the dead-letter
 * queue and, when the resources name one, a drain of the queue of
 * `OrderRejected` events. Order ids once seen in a queue stay counted,
 * since a sweep hides the messages it read for a while.
 *
 * @example
 * const target = createSdkTarget({ resources, clients: { region: 'eu-west-1' } });
 */
export function createSdkTarget(
  options: SdkTargetOptions,
): OrderPipelineTarget {
  const { resources, clients } = options;
  const events = new EventBridgeClient(clients);
  const dynamodb = new DynamoDBClient(clients);
  const documents = DynamoDBDocumentClient.from(dynamodb);
  const sqs = new SQSClient(clients);
  const deadLettered = new Set<string>();
  const rejected = new Map<string, OrderOutcome>();

  return {
    async send(orderEvents: readonly OrderEvent[]): Promise<SendResult> {
      let retries = 0;
      for (
        let start = 0;
        start < orderEvents.length;
        start += MAX_ENTRIES_PER_CALL
      ) {
        retries += await putOrderEvents(
          orderEvents.slice(start, start + MAX_ENTRIES_PER_CALL),
          { client: events, eventBusName: resources.eventBusName },
        );
      }

      return { accepted: orderEvents.length, retries };
    },
    async outcomes(orderIds: readonly string[]) {
      const parked = await readDeadLetters(sqs, resources.deadLetterQueueUrl);
      for (const orderId of parked) deadLettered.add(orderId);
      if (resources.rejectionQueueUrl) {
        const rejections = await readRejections(
          sqs,
          resources.rejectionQueueUrl,
        );
        for (const outcome of rejections)
          rejected.set(outcome.orderId, outcome);
      }
      const stored = await readOrders(documents, resources.tableName, orderIds);

      return mergeOutcomes(
        orderIds,
        [...stored, ...rejected.values()],
        deadLettered,
      );
    },
    async close(): Promise<void> {
      for (const client of [events, dynamodb, sqs]) client.destroy();
      await options.onClose?.();
    },
  };
}

/**
 * One outcome per order id: the stored one (from the table or a
 * rejection) when there is one, else `dead-letter` when its event is in
 * the queue, else `unknown`.
 *
 * @example
 * mergeOutcomes(['a'], [], new Set(['a'])).get('a')?.kind; // 'dead-letter'
 */
export function mergeOutcomes(
  orderIds: readonly string[],
  stored: readonly OrderOutcome[],
  deadLettered: ReadonlySet<string>,
): Map<string, OrderOutcome> {
  const byId = new Map(stored.map((outcome) => [outcome.orderId, outcome]));

  return new Map(
    orderIds.map((orderId): [string, OrderOutcome] => {
      const found = byId.get(orderId);
      if (found) return [orderId, found];

      return [
        orderId,
        deadLettered.has(orderId)
          ? { kind: 'dead-letter', orderId }
          : { kind: 'unknown', orderId },
      ];
    }),
  );
}
