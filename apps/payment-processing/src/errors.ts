import { WorkflowErrorName } from '@org/domain';

/**
 * Base class of the errors payment-processing raises.
 *
 * @example
 * if (error instanceof PaymentProcessingError) { ... }
 */
export class PaymentProcessingError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PaymentProcessingError';
  }
}

/**
 * The input is not `{ order }` with the fields a charge needs. Not
 * retryable: the workflow passed something other than a validated order.
 *
 * @example
 * throw new InvalidPaymentRequestError(['order.totalAmount']);
 */
export class InvalidPaymentRequestError extends PaymentProcessingError {
  readonly paths: readonly string[];

  constructor(paths: string[], options?: { cause?: unknown }) {
    super(
      `The payment request is invalid at: ${paths.join(', ')}. ` +
        'Invoke the function with { order } as order-validation stored it.',
      options,
    );
    this.name = 'InvalidPaymentRequest';
    this.paths = paths;
  }
}

/**
 * The payment provider answered 5xx, 408 or 429, timed out, could not be
 * reached or answered something unreadable. Retryable: the charge carries
 * the order id as its idempotency key.
 *
 * @example
 * throw new PaymentProviderUnavailableError('ord-1', 'HTTP 503');
 */
export class PaymentProviderUnavailableError extends PaymentProcessingError {
  readonly retryable = true;

  constructor(orderId: string, reason: string, options?: { cause?: unknown }) {
    super(
      `The payment provider could not charge order ${orderId}: ${reason}. ` +
        'The charge is idempotent; retry it.',
      options,
    );
    this.name = WorkflowErrorName.PaymentProviderUnavailable;
  }
}

/**
 * The payment provider declined the charge. Not retryable.
 *
 * @example
 * throw new PaymentDeclinedError('ord-1', 'HTTP 402');
 */
export class PaymentDeclinedError extends PaymentProcessingError {
  readonly retryable = false;

  constructor(orderId: string, reason: string, options?: { cause?: unknown }) {
    super(
      `The payment provider declined order ${orderId} (${reason}). ` +
        'The customer must use another payment method.',
      options,
    );
    this.name = WorkflowErrorName.PaymentDeclined;
  }
}

/**
 * The order is not in a state that can be charged (missing, or neither
 * VALIDATED nor PAID with the same payment). Not retryable.
 *
 * @example
 * throw new OrderStateConflictError('ord-1', 'it is FAILED');
 */
export class OrderStateConflictError extends PaymentProcessingError {
  constructor(orderId: string, state: string, options?: { cause?: unknown }) {
    super(
      `Order ${orderId} cannot be charged: ${state}. Only a VALIDATED ` +
        'order can be; check the order record.',
      options,
    );
    this.name = WorkflowErrorName.OrderStateConflict;
  }
}
