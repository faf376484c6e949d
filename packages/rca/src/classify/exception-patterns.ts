import type { SegmentException } from '../model/segment-document.js';

/**
 * Exception names and messages that mean "throttled" across AWS SDKs and
 * services. Transaction conflicts are not throttles.
 */
const THROTTLE_PATTERN =
  /throttl|ProvisionedThroughputExceeded|TooManyRequests|RequestLimitExceeded|SlowDown|Rate exceeded|RateExceeded|ConcurrentInvocationLimitExceeded|RequestThrottled|BandwidthLimitExceeded|ThroughputExceeded/i;

/**
 * Exception names and messages that mean "ran out of time": Lambda and Step
 * Functions timeouts, socket and SDK timeouts, aborted requests, .NET and Go
 * cancellations.
 */
const TIMEOUT_PATTERN =
  /timeout|timedout|\btimed?\s+out\b|deadline exceeded|DeadlineExceeded|AbortError|TaskCanceled|OperationCanceled/i;

/**
 * Exception names of client mistakes (4xx class) that SDKs raise. Used when
 * a call carries a fault flag but no HTTP status, as the Node X-Ray SDK
 * marks every AWS SDK error a fault.
 */
const CLIENT_ERROR_PATTERN =
  /ConditionalCheckFailed|Validation|NotFound|NoSuch|AccessDenied|Unauthori[sz]ed|Forbidden|InvalidParameter|InvalidRequest|BadRequest|TransactionCanceled|TransactionConflict|Conflict|AlreadyExists|InvalidSignature|ExpiredToken|UnrecognizedClient|MissingParameter|MissingRequired|InvalidInput|PayloadTooLarge|RequestEntityTooLarge|Serialization/;

/**
 * Where a client error's code shows: the type, or for wrapper types such
 * as botocore's `ClientError` or Go's `*awserr.requestError`, the code the
 * message names (`An error occurred (ValidationException) when ...`,
 * `ValidationException: ...`).
 */
function clientErrorText(exception: SegmentException): string {
  const message = exception.message ?? '';
  const code = /\((\w+)\)|^(\w+):/.exec(message);

  return `${exception.type ?? ''} ${code?.[1] ?? code?.[2] ?? ''}`;
}

/**
 * The text of an exception that the patterns look at: type and message.
 *
 * @example
 * exceptionText({ type: 'TimeoutError', message: 'socket hang up' });
 */
export function exceptionText(exception: SegmentException): string {
  return `${exception.type ?? ''} ${exception.message ?? ''}`;
}

/**
 * True when any exception reads as throttling.
 *
 * @example
 * isThrottleException([{ type: 'ThrottlingException' }]); // true
 */
export function isThrottleException(
  exceptions: readonly SegmentException[],
): boolean {
  return exceptions.some((exception) =>
    THROTTLE_PATTERN.test(exceptionText(exception)),
  );
}

/**
 * True when any exception reads as a timeout.
 *
 * @example
 * isTimeoutException([{ message: 'Task timed out after 3.00 seconds' }]);
 */
export function isTimeoutException(
  exceptions: readonly SegmentException[],
): boolean {
  return exceptions.some((exception) =>
    TIMEOUT_PATTERN.test(exceptionText(exception)),
  );
}

/**
 * True when the exceptions all name client mistakes, by type or by the
 * error code their message quotes (and there is at least one).
 *
 * @example
 * isClientErrorException([{ type: 'ConditionalCheckFailedException' }]);
 */
export function isClientErrorException(
  exceptions: readonly SegmentException[],
): boolean {
  if (exceptions.length === 0) return false;

  return exceptions.every((exception) =>
    CLIENT_ERROR_PATTERN.test(clientErrorText(exception)),
  );
}
