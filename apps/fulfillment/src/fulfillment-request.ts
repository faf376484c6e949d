import { z } from 'zod';
import { InvalidFulfillmentRequestError } from './errors.js';

const FulfillmentRequestSchema = z.object({
  order: z.object({ orderId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) }),
  payment: z.object({ paymentId: z.string().min(1).max(256) }),
});

/**
 * The order to fulfil and the payment it was charged with.
 *
 * @example
 * { orderId: 'ord-1', paymentId: 'pay_123' }
 */
export interface FulfillmentRequest {
  orderId: string;
  paymentId: string;
}

/**
 * Reads the Lambda's input, `{ order, payment }` as the workflow passes
 * it. Other fields are ignored.
 *
 * @throws {InvalidFulfillmentRequestError} naming the bad paths (never
 * their values)
 * @example
 * const { orderId, paymentId } = readFulfillmentRequest(input);
 */
export function readFulfillmentRequest(input: unknown): FulfillmentRequest {
  const result = FulfillmentRequestSchema.safeParse(input);
  if (!result.success) {
    const paths = result.error.issues.map(
      (issue) => issue.path.map(String).join('.') || '(root)',
    );
    throw new InvalidFulfillmentRequestError(paths);
  }

  return {
    orderId: result.data.order.orderId,
    paymentId: result.data.payment.paymentId,
  };
}
