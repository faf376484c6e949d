/**
 * Base class of the errors `@org/order-runtime` raises.
 *
 * @example
 * if (error instanceof OrderRuntimeError) { ... }
 */
export class OrderRuntimeError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OrderRuntimeError';
  }
}

/**
 * The function's environment is missing a variable or holds a bad value.
 * Raised at cold start, so the function fails before any event is read.
 * `problems` holds one line per variable, starting with its name.
 *
 * @example
 * throw new ConfigurationError(['ORDERS_TABLE_NAME is required']);
 */
export class ConfigurationError extends OrderRuntimeError {
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
 * throw new EventPublishError('OrderFulfilled', 'ord-1', 'InternalFailure');
 */
export class EventPublishError extends OrderRuntimeError {
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
