import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type {
  GetCommandInput,
  UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';

/**
 * A fake of the `orders` table, in memory. Its update applies the one
 * condition fulfillment writes with (PAID with the given payment id) the
 * way DynamoDB would, and refuses other expressions.
 */
export class FakeOrdersTable {
  readonly items = new Map<string, Record<string, unknown>>();
  updates = 0;

  get(input: GetCommandInput): { Item?: Record<string, unknown> } {
    const item = this.items.get(String(input.Key?.orderId));
    return item ? { Item: structuredClone(item) } : {};
  }

  update(input: UpdateCommandInput): Record<string, never> {
    if (
      input.ConditionExpression !== '#status = :paid AND paymentId = :paymentId'
    ) {
      throw new Error(`unexpected condition ${input.ConditionExpression}`);
    }
    const values = input.ExpressionAttributeValues ?? {};
    const item = this.items.get(String(input.Key?.orderId));
    if (
      !item ||
      item.status !== values[':paid'] ||
      item.paymentId !== values[':paymentId']
    ) {
      throw new ConditionalCheckFailedException({
        message: 'The conditional request failed',
        $metadata: { httpStatusCode: 400 },
      });
    }
    Object.assign(item, {
      status: values[':fulfilled'],
      fulfilledAt: values[':now'],
      updatedAt: values[':now'],
    });
    this.updates += 1;
    return {};
  }
}
