import { AwsApiError, LocalCloudError } from '../errors.js';

/**
 * A function configuration or template that cannot be run: the message
 * names the function and the bad value.
 *
 * @example
 * throw new LambdaConfigurationError('Handler "index" of "f" must read file.export, for example index.handler.');
 */
export class LambdaConfigurationError extends LocalCloudError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LambdaConfigurationError';
  }
}

/**
 * An execution environment that could not be started or ended
 * unexpectedly outside an invocation.
 *
 * @example
 * throw new LambdaRuntimeError('The runtime of "f" exited with code 1 while loading /code.');
 */
export class LambdaRuntimeError extends LocalCloudError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LambdaRuntimeError';
  }
}

/**
 * Lambda's error in its REST-JSON protocol: the status, the type in
 * `x-amzn-ErrorType` and `__type`, and Lambda's `Type` field.
 *
 * @example
 * throw lambdaError(400, 'InvalidParameterValueException', 'bad payload');
 */
export function lambdaError(
  status: number,
  type: string,
  message: string,
  details: Record<string, unknown> = {},
): AwsApiError {
  return new AwsApiError({
    status,
    type,
    message,
    details: { Type: 'User', ...details },
    headers: { 'x-amzn-errortype': type },
  });
}

/**
 * The answer to a function name or ARN that names no function.
 *
 * @example
 * throw functionNotFound('arn:aws:lambda:us-east-1:000000000000:function:f');
 */
export function functionNotFound(functionArn: string): AwsApiError {
  return lambdaError(
    404,
    'ResourceNotFoundException',
    `Function not found: ${functionArn}`,
  );
}

/**
 * The answer when a function's reserved concurrency is in use.
 *
 * @example
 * throw tooManyRequests();
 */
export function tooManyRequests(): AwsApiError {
  return lambdaError(429, 'TooManyRequestsException', 'Rate Exceeded.', {
    Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
  });
}
