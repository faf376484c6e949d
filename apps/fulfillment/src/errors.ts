import { WorkflowErrorName } from '@org/domain';

/**
 * Base class of the errors fulfillment raises.
 *
 * @example
 * if (error instanceof FulfillmentError) { ... }
 */
export class FulfillmentError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FulfillmentError';
  }
}

/**
 * The input is not `{ order, payment }` as the workflow passes it. Not
 * retryable.
 *
 * @example
 * throw new InvalidFulfillmentRequestError(['payment.paymentId']);
 */
export class InvalidFulfillmentRequestError extends FulfillmentError {
  readonly paths: readonly string[];

  constructor(paths: string[], options?: { cause?: unknown }) {
    super(
      `The fulfilment request is invalid at: ${paths.join(', ')}. ` +
        'Invoke the function with { order, payment } from the workflow.',
      options,
    );
    this.name = 'InvalidFulfillmentRequest';
    this.paths = paths;
  }
}

/**
 * The order is neither PAID with this payment nor already FULFILLED.
 * Not retryable.
 *
 * @example
 * throw new OrderStateConflictError('ord-1', 'VALIDATED');
 */
export class OrderStateConflictError extends FulfillmentError {
  readonly storedStatus: string;

  constructor(
    orderId: string,
    storedStatus: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Order ${orderId} cannot be fulfilled in status ${storedStatus}: ` +
        'only an order PAID with the given payment can. Check the order ' +
        'record and its payment.',
      options,
    );
    this.name = WorkflowErrorName.OrderStateConflict;
    this.storedStatus = storedStatus;
  }
}
