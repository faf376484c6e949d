import { AwsApiError } from '../errors.js';

/**
 * An SQS error in the JSON protocol: `__type` in the `com.amazonaws.sqs`
 * namespace and the legacy query code in `x-amzn-query-error`, which the
 * SDK reads to keep the error names of the query protocol.
 *
 * @example
 * throw sqsError('QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue', 'The specified queue does not exist.');
 */
export function sqsError(
  type: string,
  queryCode: string,
  message: string,
): AwsApiError {
  return new AwsApiError({
    status: 400,
    type: `com.amazonaws.sqs#${type}`,
    message,
    headers: { 'x-amzn-query-error': `${queryCode};Sender` },
  });
}

/**
 * The answer to a queue URL or name that names no queue.
 *
 * @example
 * throw queueDoesNotExist();
 */
export function queueDoesNotExist(): AwsApiError {
  return sqsError(
    'QueueDoesNotExist',
    'AWS.SimpleQueueService.NonExistentQueue',
    'The specified queue does not exist.',
  );
}

/**
 * The answer to a missing or malformed parameter, naming it.
 *
 * @example
 * throw invalidParameter('QueueUrl', undefined);
 */
export function invalidParameter(name: string, value: unknown): AwsApiError {
  return sqsError(
    'InvalidParameterValueException',
    'InvalidParameterValue',
    `Value ${JSON.stringify(value) ?? 'undefined'} for parameter ${name} is invalid.`,
  );
}
