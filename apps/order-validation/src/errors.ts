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
 * The function's environment is missing a variable or holds a bad value.
 * Raised at cold start, so the function fails before any event is read.
 *
 * @example
 * throw new ConfigurationError(['ORDERS_TABLE_NAME: is required']);
 */
export class ConfigurationError extends OrderValidationAppError {
  readonly problems: readonly string[];

  constructor(problems: string[], options?: { cause?: unknown }) {
    super(
      `The function's environment is invalid: ${problems.join('; ')}. ` +
        'Set these variables on the function and deploy again.',
      options,
    );
    this.name = 'ConfigurationError';
    this.problems = problems;
  }
}

/**
 * An event could not be published to the event bus (the call failed or
 * EventBridge refused the entry). Retrying the invocation is safe.
 *
 * @example
 * throw new EventPublishError('OrderValidated', 'ord-1', 'Throttled');
 */
export class EventPublishError extends OrderValidationAppError {
  constructor(
    detailType: string,
    orderId: string | undefined,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Publishing ${detailType} for order ${orderId ?? '(unknown)'} failed: ` +
        `${reason}. The invocation can be retried.`,
      options,
    );
    this.name = 'EventPublishError';
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
