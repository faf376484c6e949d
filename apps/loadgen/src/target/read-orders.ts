import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { isTerminalStatus } from '@org/domain';
import type { OrderOutcome } from './order-pipeline-target.js';

/** The most keys one BatchGetItem call takes. */
const MAX_KEYS_PER_CALL = 100;

/**
 * Reads the orders from the orders table (`orderId` partition key) in
 * batches of 100, following `UnprocessedKeys`, and returns the outcome of
 * each order the table holds.
 *
 * @example
 * const stored = await readOrders(documents, 'orders', ['lg-1-0']);
 */
export async function readOrders(
  documents: DynamoDBDocumentClient,
  tableName: string,
  orderIds: readonly string[],
): Promise<OrderOutcome[]> {
  const outcomes: OrderOutcome[] = [];
  for (let start = 0; start < orderIds.length; start += MAX_KEYS_PER_CALL) {
    const chunk = orderIds.slice(start, start + MAX_KEYS_PER_CALL);
    let keys: Record<string, unknown>[] = chunk.map((orderId) => ({ orderId }));
    while (keys.length > 0) {
      const answer = await documents.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys } } }),
      );
      const items = answer.Responses?.[tableName] ?? [];
      outcomes.push(...items.map(toOutcome));
      keys = answer.UnprocessedKeys?.[tableName]?.Keys ?? [];
    }
  }

  return outcomes;
}

/**
 * Turns an item of the orders table into an outcome.
 *
 * @example
 * toOutcome({ orderId: 'a', status: 'FULFILLED', updatedAt: '…' }).kind; // 'terminal'
 */
export function toOutcome(item: Record<string, unknown>): OrderOutcome {
  const orderId = String(item.orderId);
  const status = String(item.status);
  if (!isTerminalStatus(status)) {
    return { kind: 'in-flight', orderId, status };
  }

  return {
    kind: 'terminal',
    orderId,
    status: status as 'FULFILLED' | 'REJECTED' | 'FAILED',
    updatedAt: String(item.updatedAt),
    ...(typeof item.failureReason === 'string'
      ? { failureReason: item.failureReason }
      : {}),
  };
}
