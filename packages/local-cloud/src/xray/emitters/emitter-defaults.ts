import type { ExceptionRecord, SegmentDocument } from '../segment-document.js';
import { newSegmentId } from '../trace-header.js';

/**
 * Region used in ARNs when none is given.
 *
 * @example
 * const region = options.region ?? DEFAULT_REGION;
 */
export const DEFAULT_REGION = 'us-east-1';

/**
 * Account used in ARNs when none is given.
 *
 * @example
 * const account = options.accountId ?? DEFAULT_ACCOUNT_ID;
 */
export const DEFAULT_ACCOUNT_ID = '000000000000';

/**
 * The current time in epoch seconds, as segment documents record it.
 *
 * @example
 * const startTime = nowSeconds();
 */
export function nowSeconds(): number {
  return Date.now() / 1000;
}

/**
 * A `cause` block holding one exception.
 *
 * @example
 * causeOf('TooManyRequestsException', 'Rate Exceeded.', true);
 */
export function causeOf(
  type: string,
  message: string,
  remote = false,
): NonNullable<SegmentDocument['cause']> {
  const exception: ExceptionRecord = { id: newSegmentId(), message, type };
  if (remote) exception.remote = true;

  return { exceptions: [exception] };
}
