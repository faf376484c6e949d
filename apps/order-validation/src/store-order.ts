import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { OrderRecordMissingError } from './errors.js';
import type { OrderRecord } from './order-record.js';

/**
 * What writing an order gave: a new record, the same order already stored
 * (a redelivery), or a different order already stored under its id.
 *
 * @example
 * if (stored.kind === 'conflict') return conflict(orderId);
 */
export type StoreResult =
  | { kind: 'created' }
  | { kind: 'duplicate'; storedStatus: string }
  | { kind: 'conflict'; storedStatus: string };

/**
 * Writes the order record only if no record has its id. On a refused write
 * it reads the stored record (strongly consistent) and compares payload
 * hashes to tell a redelivery from a conflicting order.
 *
 * @throws {OrderRecordMissingError} when the stored record cannot be read
 * back after the refused write
 * @example
 * const result = await storeOrder(dynamo, 'orders', record);
 * if (result.kind === 'conflict') return conflict(record.orderId);
 */
export async function storeOrder(
  dynamo: DynamoDBDocumentClient,
  tableName: string,
  record: OrderRecord,
): Promise<StoreResult> {
  const written = await putIfAbsent(dynamo, tableName, record);
  if (written) return { kind: 'created' };

  const stored = await dynamo.send(
    new GetCommand({
      TableName: tableName,
      Key: { orderId: record.orderId },
      ProjectionExpression: 'payloadHash, #status',
      ExpressionAttributeNames: { '#status': 'status' },
      ConsistentRead: true,
    }),
  );
  if (!stored.Item) throw new OrderRecordMissingError(record.orderId);

  const storedStatus = String(stored.Item.status);

  return stored.Item.payloadHash === record.payloadHash
    ? { kind: 'duplicate', storedStatus }
    : { kind: 'conflict', storedStatus };
}

async function putIfAbsent(
  dynamo: DynamoDBDocumentClient,
  tableName: string,
  record: OrderRecord,
): Promise<boolean> {
  try {
    await dynamo.send(
      new PutCommand({
        TableName: tableName,
        Item: record,
        ConditionExpression: 'attribute_not_exists(orderId)',
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailure(error)) return false;
    throw error;
  }
}

/**
 * Tells whether an error is DynamoDB's refusal of a condition expression.
 *
 * @example
 * if (isConditionalCheckFailure(error)) return { kind: 'duplicate' };
 */
export function isConditionalCheckFailure(error: unknown): boolean {
  return (
    error instanceof Error && error.name === 'ConditionalCheckFailedException'
  );
}
