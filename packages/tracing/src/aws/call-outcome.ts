import type { OutcomeFlags } from '../model/subsegment-document.js';

/** Exception names that AWS services use for throttling. */
const THROTTLING_NAMES = new Set([
  'ThrottlingException',
  'ThrottledException',
  'Throttling',
  'ProvisionedThroughputExceededException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'LimitExceededException',
  'TransactionInProgressException',
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'PriorRequestNotComplete',
]);

/** What is known about how an AWS or HTTP call ended. */
export interface CallResult {
  /** HTTP status of the last attempt, if a response came. */
  status?: number | undefined;
  /** Exception name, if the call failed. */
  errorName?: string | undefined;
  /** The SDK's own verdict that the failure was a throttle. */
  throttling?: boolean | undefined;
  /** True if the call failed (with or without a response). */
  failed: boolean;
}

/**
 * Sets X-Ray's flags from the HTTP status and the exception, not from the
 * mere fact that the SDK threw: throttles (429 or a throttling exception
 * name) are `throttle` and `error`, other 4xx `error`, 5xx `fault`, and a
 * failure without any response (network, timeout) `fault`.
 *
 * @example
 * callOutcome({ status: 400, errorName: 'ProvisionedThroughputExceededException', failed: true });
 * // { error: true, throttle: true }
 */
export function callOutcome(result: CallResult): OutcomeFlags {
  const throttled =
    result.status === 429 ||
    result.throttling === true ||
    (result.errorName !== undefined && THROTTLING_NAMES.has(result.errorName));
  if (throttled) return { error: true, throttle: true };

  const status = result.status;
  if (status !== undefined && status >= 500) return { fault: true };
  if (status !== undefined && status >= 400) return { error: true };
  if (result.failed && status === undefined) return { fault: true };
  if (result.failed) return { error: true };

  return {};
}
