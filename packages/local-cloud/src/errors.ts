/**
 * Base class of the local cloud's errors.
 *
 * @example
 * if (error instanceof LocalCloudError) { ... }
 */
export class LocalCloudError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LocalCloudError';
  }
}

/**
 * An AWS API error to answer with, in the AWS JSON protocol: the HTTP
 * status, the `__type` AWS puts in the body and its message. Emulated
 * services throw it and the edge renders it.
 *
 * @example
 * throw new AwsApiError({
 *   status: 400,
 *   type: 'com.amazonaws.sqs#QueueDoesNotExist',
 *   message: 'The specified queue does not exist.',
 * });
 */
export class AwsApiError extends LocalCloudError {
  readonly status: number;
  readonly type: string;
  /** Extra members of the error body, such as DynamoDB's `ThrottlingReasons`. */
  readonly details: Record<string, unknown>;
  /** Extra response headers, such as SQS's `x-amzn-query-error`. */
  readonly headers: Record<string, string>;

  constructor(
    init: {
      status: number;
      type: string;
      message: string;
      details?: Record<string, unknown>;
      headers?: Record<string, string>;
    },
    options?: { cause?: unknown },
  ) {
    super(init.message, options);
    this.name = 'AwsApiError';
    this.status = init.status;
    this.type = init.type;
    this.details = init.details ?? {};
    this.headers = init.headers ?? {};
  }

  /** The short error code: the `__type` after its `#`. */
  get code(): string {
    return this.type.slice(this.type.lastIndexOf('#') + 1);
  }
}

/**
 * An event pattern that EventBridge would refuse. The message names the
 * offending part of the pattern.
 *
 * @example
 * throw new InvalidEventPatternError('"source" must be an array');
 */
export class InvalidEventPatternError extends LocalCloudError {
  constructor(reason: string, options?: { cause?: unknown }) {
    super(`Event pattern is not valid. Reason: ${reason}`, options);
    this.name = 'InvalidEventPatternError';
  }
}

/**
 * A target that could not take an event. `code` is what EventBridge puts
 * in the dead-letter message's `ERROR_CODE` attribute; a delivery that is
 * not `retryable` goes to the dead-letter queue without further attempts.
 *
 * @example
 * throw new TargetDeliveryError('the function timed out', {
 *   code: 'SDK_CLIENT_ERROR',
 *   retryable: true,
 * });
 */
export class TargetDeliveryError extends LocalCloudError {
  readonly code: string;
  readonly retryable: boolean;

  constructor(
    message: string,
    init: { code?: string; retryable?: boolean; cause?: unknown } = {},
  ) {
    super(message, { cause: init.cause });
    this.name = 'TargetDeliveryError';
    this.code = init.code ?? 'SDK_CLIENT_ERROR';
    this.retryable = init.retryable ?? true;
  }
}

/**
 * A synthesized template the local cloud cannot deploy: a missing file, a
 * resource whose properties it cannot read, a reference it cannot resolve.
 * The message names the resource and says what to do.
 *
 * @example
 * throw new TemplateDeploymentError('Table OrdersTable has no KeySchema.');
 */
export class TemplateDeploymentError extends LocalCloudError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TemplateDeploymentError';
  }
}
