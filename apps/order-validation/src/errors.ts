/**
 * Base class of the errors order-validation raises.
 *
 * @example
 * if (error instanceof OrderValidationAppError) { ... }
 */
export class OrderValidationAppError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OrderValidationAppError';
  }
}

/**
 * The order record vanished between a refused conditional write and the
 * read that followed it. Retrying the invocation resolves it.
 *
 * @example
 * throw new OrderRecordMissingError('ord-1');
 */
export class OrderRecordMissingError extends OrderValidationAppError {
  constructor(orderId: string, options?: { cause?: unknown }) {
    super(
      `Order ${orderId} exists according to DynamoDB's condition check but ` +
        'could not be read back. Retry the invocation.',
      options,
    );
    this.name = 'OrderRecordMissingError';
  }
}
