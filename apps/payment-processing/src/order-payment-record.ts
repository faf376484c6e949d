import {
  type DynamoDBDocumentClient,
  GetCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { OrderStatus } from '@org/domain';
import { OrderStateConflictError } from './errors.js';

/**
 * The payment state of an order record.
 *
 * @example
 * if (state.kind === 'paid') return { paymentId: state.paymentId };
 */
export type PaymentState =
  | { kind: 'chargeable' }
  | { kind: 'paid'; paymentId: string }
  | { kind: 'not-chargeable'; storedStatus: string };

/**
 * Reads (strongly consistent) whether an order can be charged, is already
 * paid, or is in another state.
 *
 * @example
 * const state = await readPaymentState(dynamo, 'orders', 'ord-1');
 */
export async function readPaymentState(
  dynamo: DynamoDBDocumentClient,
  tableName: string,
  orderId: string,
): Promise<PaymentState> {
  const { Item: item } = await dynamo.send(
    new GetCommand({
      TableName: tableName,
      Key: { orderId },
      ProjectionExpression: '#status, paymentId',
      ExpressionAttributeNames: { '#status': 'status' },
      ConsistentRead: true,
    }),
  );
  if (!item) return { kind: 'not-chargeable', storedStatus: 'MISSING' };

  if (item.status === OrderStatus.Validated) return { kind: 'chargeable' };
  if (item.status === OrderStatus.Paid && typeof item.paymentId === 'string') {
    return { kind: 'paid', paymentId: item.paymentId };
  }

  return { kind: 'not-chargeable', storedStatus: String(item.status) };
}

/**
 * Records the order as PAID with its payment id, only if it is VALIDATED
 * or already PAID with the same payment id, so that a retried step
 * succeeds and nothing else is overwritten.
 *
 * @throws {OrderStateConflictError} when the order is in another state
 * @example
 * await recordPayment(dynamo, 'orders', 'ord-1', 'pay_1', new Date());
 */
export async function recordPayment(
  dynamo: DynamoDBDocumentClient,
  tableName: string,
  orderId: string,
  paymentId: string,
  now: Date,
): Promise<void> {
  try {
    await dynamo.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { orderId },
        UpdateExpression:
          'SET #status = :paid, paymentId = :paymentId, updatedAt = :now',
        ConditionExpression:
          '#status = :validated OR (#status = :paid AND paymentId = :paymentId)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':paid': OrderStatus.Paid,
          ':validated': OrderStatus.Validated,
          ':paymentId': paymentId,
          ':now': now.toISOString(),
        },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailure(error)) throw error;
    throw new OrderStateConflictError(orderId, 'it is no longer VALIDATED', {
      cause: error,
    });
  }
}

function isConditionalCheckFailure(error: unknown): boolean {
  return (
    error instanceof Error && error.name === 'ConditionalCheckFailedException'
  );
}
