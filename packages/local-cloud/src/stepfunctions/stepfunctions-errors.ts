import { AwsApiError, LocalCloudError } from '../errors.js';

/**
 * A Task state's failure, named as Step Functions names it (for example
 * `PaymentProviderUnavailable`, `Lambda.TooManyRequestsException` or
 * `DynamoDB.ConditionalCheckFailedException`), so that `Retry` and `Catch`
 * rules match on `name` as they do on AWS. The message is the `Cause`.
 *
 * @example
 * throw new TaskFailedError('DynamoDB.ResourceNotFoundException', 'Requested resource not found');
 */
export class TaskFailedError extends LocalCloudError {
  constructor(errorName: string, cause: string, options?: { cause?: unknown }) {
    super(cause, options);
    this.name = errorName;
  }
}

/**
 * A state machine definition in a template that cannot be resolved: an
 * intrinsic function this emulation does not know, or a logical id the
 * resolver has no name for.
 *
 * @example
 * throw new DefinitionResolutionError('no physical name for logical id "OrdersTable"; give it to resolve()');
 */
export class DefinitionResolutionError extends LocalCloudError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DefinitionResolutionError';
  }
}

/**
 * An error answer of the Step Functions API (AWS JSON 1.0), for example
 * `ExecutionAlreadyExists` or `StateMachineDoesNotExist`.
 *
 * @example
 * throw stepFunctionsApiError('ExecutionDoesNotExist', `Execution does not exist: '${arn}'`);
 */
export function stepFunctionsApiError(
  code: string,
  message: string,
  options: { status?: number; cause?: unknown } = {},
): AwsApiError {
  return new AwsApiError(
    {
      status: options.status ?? 400,
      type: `com.amazonaws.sfn#${code}`,
      message,
    },
    { cause: options.cause },
  );
}
