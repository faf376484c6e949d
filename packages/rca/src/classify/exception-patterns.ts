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
 * True when the exceptions' types all name client mistakes (and there is at
 * least one).
 *
 * @example
 * isClientErrorException([{ type: 'ConditionalCheckFailedException' }]);
 */
export function isClientErrorException(
  exceptions: readonly SegmentException[],
): boolean {
  const typed = exceptions.filter((exception) => exception.type);
  if (typed.length === 0) return false;

  return typed.every((exception) =>
    CLIENT_ERROR_PATTERN.test(exception.type ?? ''),
  );
}
