import { type AwsServiceName, awsServiceFacts } from './aws-services.js';
import type { Emitter } from './emitters.js';
import type { ExceptionRecord } from './segment-document.js';
import type { TraceDraft } from './trace-draft.js';

/**
 * The exception type an SDK records for an AWS error code: the code in
 * Node.js, `ClientError` in Python, the model class in Java and .NET,
 * the error value's type in Go.
 *
 * @example
 * exceptionTypeFor('java', 'DynamoDB', 'ProvisionedThroughputExceededException');
 * // 'software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException'
 */
export function exceptionTypeFor(
  emitter: Emitter,
  service: AwsServiceName,
  code: string,
): string {
  const namespace = awsServiceFacts[service].modelNamespace;
  switch (emitter) {
    case 'node':
      return code;
    case 'python':
      return 'ClientError';
    case 'java':
      return `software.amazon.awssdk.services.${namespace}.model.${code}`;
    case 'go':
      return '*awserr.requestError';
    case 'dotnet':
      return `Amazon.${service}.Model.${code}`;
  }
}

/**
 * An exception record with a fresh id and a short stack.
 *
 * @example
 * recordedException(draft, { type: 'TypeError', message: 'x is undefined' });
 */
export function recordedException(
  draft: TraceDraft,
  fields: Omit<ExceptionRecord, 'id'>,
): ExceptionRecord {
  return {
    id: draft.newId(),
    stack: [
      {
        path: 'index.js',
        line: draft.random.integer(10, 400),
        label: 'handler',
      },
    ],
    ...fields,
  };
}

/**
 * The message an SDK records for an AWS error: Python's botocore and Go
 * put the code and the operation into the text.
 *
 * @example
 * exceptionMessageFor('python', 'PutItem', 'ThrottlingException', 'Rate exceeded');
 * // 'An error occurred (ThrottlingException) when calling the PutItem operation: Rate exceeded'
 */
export function exceptionMessageFor(
  emitter: Emitter,
  operation: string,
  code: string,
  message: string,
): string {
  if (emitter === 'python') {
    return `An error occurred (${code}) when calling the ${operation} operation: ${message}`;
  }
  if (emitter === 'go') {
    return `${code}: ${message}`;
  }

  return message;
}
