import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { GetCommandInput, PutCommandInput } from '@aws-sdk/lib-dynamodb';

/**
 * A fake of the `orders` table, in memory: it honours the one condition
 * order-validation writes with (`attribute_not_exists(orderId)`) the way
 * DynamoDB does, so that redelivery tests see real conditional writes.
 */
export class FakeOrdersTable {
  readonly items = new Map<string, Record<string, unknown>>();

  put(input: PutCommandInput): Record<string, never> {
    const item = input.Item as Record<string, unknown>;
    const orderId = String(item.orderId);
    if (input.ConditionExpression !== 'attribute_not_exists(orderId)') {
      throw new Error(`unexpected condition ${input.ConditionExpression}`);
    }
    if (this.items.has(orderId)) {
      throw new ConditionalCheckFailedException({
        message: 'The conditional request failed',
        $metadata: { httpStatusCode: 400 },
      });
    }
    this.items.set(orderId, structuredClone(item));
    return {};
  }

  get(input: GetCommandInput): { Item?: Record<string, unknown> } {
    const item = this.items.get(String(input.Key?.orderId));
    return item ? { Item: structuredClone(item) } : {};
  }
}
