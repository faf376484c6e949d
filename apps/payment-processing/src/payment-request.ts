import { z } from 'zod';
import { InvalidPaymentRequestError } from './errors.js';
import type { ChargeRequest } from './payment-provider.js';

const PaymentRequestSchema = z.object({
  order: z.object({
    orderId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    totalAmount: z.number().positive().finite(),
    currency: z.string().regex(/^[A-Z]{3}$/),
    paymentToken: z.string().min(1).max(128),
  }),
});

/**
 * Reads the Lambda's input, `{ order }` as the workflow passes it, into
 * the charge to make. Other fields of the order are ignored.
 *
 * @throws {InvalidPaymentRequestError} naming the bad paths (never their
 * values)
 * @example
 * const charge = readPaymentRequest({ order });
 */
export function readPaymentRequest(input: unknown): ChargeRequest {
  const result = PaymentRequestSchema.safeParse(input);
  if (!result.success) {
    const paths = result.error.issues.map(
      (issue) => issue.path.map(String).join('.') || '(root)',
    );
    throw new InvalidPaymentRequestError(paths);
  }
  const { order } = result.data;

  return {
    orderId: order.orderId,
    amount: order.totalAmount,
    currency: order.currency,
    paymentToken: order.paymentToken,
  };
}
