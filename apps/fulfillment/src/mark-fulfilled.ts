import {
  type DynamoDBDocumentClient,
  GetCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { OrderStatus } from '@org/domain';
import { OrderStateConflictError } from './errors.js';
import type { FulfillmentRequest } from './fulfillment-request.js';

/**
 * What marking the order gave: fulfilled now, or already before.
 *
 * @example
 * { fulfilledAt: '2026-01-01T00:00:00.000Z', alreadyFulfilled: true }
 */
export interface FulfillmentMark {
  fulfilledAt: string;
  alreadyFulfilled: boolean;
}

/**
 * Marks an order FULFILLED only if it is PAID with the given payment. An
 * order found already FULFILLED counts as success (a retried step).
 *
 * @throws {OrderStateConflictError} when the order is in any other state
 * @example
 * const mark = await markFulfilled(dynamo, 'orders', request, new Date());
 */
export async function markFulfilled(
  dynamo: DynamoDBDocumentClient,
  tableName: string,
  request: FulfillmentRequest,
  now: Date,
): Promise<FulfillmentMark> {
  const fulfilledAt = now.toISOString();
  try {
    await dynamo.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { orderId: request.orderId },
        UpdateExpression:
          'SET #status = :fulfilled, fulfilledAt = :now, updatedAt = :now',
        ConditionExpression: '#status = :paid AND paymentId = :paymentId',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':fulfilled': OrderStatus.Fulfilled,
          ':paid': OrderStatus.Paid,
          ':paymentId': request.paymentId,
          ':now': fulfilledAt,
        },
      }),
    );
    return { fulfilledAt, alreadyFulfilled: false };
  } catch (error) {
    if (!isConditionalCheckFailure(error)) throw error;
    return earlierFulfillment(dynamo, tableName, request.orderId, error);
  }
}

async function earlierFulfillment(
  dynamo: DynamoDBDocumentClient,
  tableName: string,
  orderId: string,
  refusal: unknown,
): Promise<FulfillmentMark> {
  const { Item: item } = await dynamo.send(
    new GetCommand({
      TableName: tableName,
      Key: { orderId },
      ProjectionExpression: '#status, fulfilledAt, updatedAt',
      ExpressionAttributeNames: { '#status': 'status' },
      ConsistentRead: true,
    }),
  );
  if (item?.status !== OrderStatus.Fulfilled) {
    const storedStatus = item ? String(item.status) : 'MISSING';
    throw new OrderStateConflictError(orderId, storedStatus, {
      cause: refusal,
    });
  }

  return {
    fulfilledAt: String(item.fulfilledAt ?? item.updatedAt),
    alreadyFulfilled: true,
  };
}

function isConditionalCheckFailure(error: unknown): boolean {
  return (
    error instanceof Error && error.name === 'ConditionalCheckFailedException'
  );
}
