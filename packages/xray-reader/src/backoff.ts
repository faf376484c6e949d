import { setTimeout as sleep } from 'node:timers/promises';
import { XRayRequestError } from './errors.js';

/**
 * How calls are retried on throttling and server faults. Delays grow
 * exponentially from `baseDelayMs` up to `maxDelayMs`, each one drawn at
 * random below that bound ("full jitter").
 *
 * @example
 * const retry: RetryOptions = { maxAttempts: 4, baseDelayMs: 50 };
 */
export interface RetryOptions {
  /** Attempts per call, the first included. Default 6. */
  maxAttempts?: number;
  /** Bound of the first delay. Default 100 ms. */
  baseDelayMs?: number;
  /** Bound of any delay. Default 5000 ms. */
  maxDelayMs?: number;
  /** Source of jitter in [0, 1). Default `Math.random`. */
  random?: () => number;
}

const TRANSIENT_ERROR_NAMES = new Set([
  'ThrottledException',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'ServiceUnavailable',
  'InternalFailure',
  'TimeoutError',
  'ECONNRESET',
]);

/**
 * Whether an error from the AWS SDK is worth retrying: throttling, HTTP
 * 429, any 5xx, or a reset connection.
 *
 * @example
 * isTransientError(new ThrottledException({ ... })); // true
 */
export function isTransientError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const details = error as Error & {
    code?: string;
    $metadata?: { httpStatusCode?: number };
  };
  const status = details.$metadata?.httpStatusCode ?? 0;

  return (
    TRANSIENT_ERROR_NAMES.has(details.name) ||
    TRANSIENT_ERROR_NAMES.has(details.code ?? '') ||
    status === 429 ||
    status >= 500
  );
}

/**
 * The delay before retry number `attempt` (1 for the first retry).
 *
 * @example
 * backoffDelay(3, {}); // a random delay below 400 ms
 */
export function backoffDelay(attempt: number, options: RetryOptions): number {
  const base = options.baseDelayMs ?? 100;
  const bound = Math.min(options.maxDelayMs ?? 5000, base * 2 ** (attempt - 1));

  return Math.floor((options.random ?? Math.random)() * bound);
}

/**
 * Runs `call` and retries it with backoff while it fails with a transient
 * error. Stops at once when `signal` aborts.
 *
 * @throws {XRayRequestError} when the error is not transient or the
 * attempts run out; the last error is its `cause`.
 * @example
 * const page = await withBackoff('GetTraceSummaries', () => send(), {});
 */
export async function withBackoff<T>(
  operation: string,
  call: () => Promise<T>,
  options: RetryOptions & { signal?: AbortSignal },
): Promise<T> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 6);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (options.signal?.aborted) throw error;
      if (!isTransientError(error) || attempt >= maxAttempts) {
        throw new XRayRequestError(operation, attempt, { cause: error });
      }
      await sleep(backoffDelay(attempt, options), undefined, {
        signal: options.signal,
      });
    }
  }
}
