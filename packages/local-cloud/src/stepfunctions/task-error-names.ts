import { TaskFailedError } from './stepfunctions-errors.js';
import type { LambdaInvokeResult } from './task-backends.js';

/**
 * The Step Functions error of a failed Lambda invoke, as AWS names it:
 * the function's `errorType` for a function error (`Lambda.Unknown` when
 * it has none), `Lambda.TooManyRequestsException` for a 429, and
 * `Lambda.<name>` for a failed invoke call. Undefined for a success.
 *
 * @example
 * lambdaFailure({ StatusCode: 200, FunctionError: 'Unhandled', Payload: { errorType: 'PaymentProviderUnavailable' } });
 * // TaskFailedError named PaymentProviderUnavailable
 */
export function lambdaFailure(
  result: LambdaInvokeResult,
): TaskFailedError | undefined {
  if (result.StatusCode === 429) {
    return new TaskFailedError(
      'Lambda.TooManyRequestsException',
      'Rate Exceeded. (Service: Lambda, Status Code: 429)',
    );
  }
  if (result.FunctionError === undefined) return undefined;

  const payload = (result.Payload ?? {}) as { errorType?: unknown };
  const errorType =
    typeof payload.errorType === 'string' && payload.errorType !== ''
      ? payload.errorType
      : 'Lambda.Unknown';

  return new TaskFailedError(errorType, JSON.stringify(result.Payload ?? {}));
}

/**
 * The Step Functions error of an invoke call that threw: Lambda API
 * exceptions (by the error's `code`, else its `name`) get the `Lambda.`
 * prefix, anything else is `Lambda.SdkClientException`.
 *
 * @example
 * invokeCallFailure(Object.assign(new Error('Rate Exceeded.'), { name: 'TooManyRequestsException' }));
 * // TaskFailedError named Lambda.TooManyRequestsException
 */
export function invokeCallFailure(error: unknown): TaskFailedError {
  if (error instanceof TaskFailedError) return error;

  const named = error instanceof Error ? error : new Error(String(error));
  const code = (named as { code?: unknown }).code;
  const candidate = typeof code === 'string' ? code : named.name;
  const apiName = /Exception$/.test(candidate)
    ? candidate
    : 'SdkClientException';

  return new TaskFailedError(`Lambda.${apiName}`, named.message, {
    cause: error,
  });
}

/**
 * The Step Functions error of a DynamoDB answer carrying `__type`, named
 * `DynamoDB.<ExceptionName>` as AWS does. Undefined for a success.
 *
 * @example
 * dynamoDbFailure({ __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException', message: 'The conditional request failed' });
 * // TaskFailedError named DynamoDB.ConditionalCheckFailedException
 */
export function dynamoDbFailure(answer: unknown): TaskFailedError | undefined {
  if (answer === null || typeof answer !== 'object') return undefined;
  const { __type: type, message, Message } = answer as Record<string, unknown>;
  if (typeof type !== 'string') return undefined;

  const exception = type.slice(type.lastIndexOf('#') + 1);
  const text = typeof message === 'string' ? message : String(Message ?? '');

  return new TaskFailedError(
    `DynamoDB.${exception}`,
    `${text} (Service: DynamoDb, Status Code: 400, Error Code: ${exception})`,
  );
}
