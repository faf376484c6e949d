/** The retry limits of a target, with EventBridge's defaults filled in. */
export interface RetryLimits {
  maximumRetryAttempts: number;
  maximumEventAgeSeconds: number;
}

/** How long the local cloud waits between attempts. */
export interface BackoffOptions {
  /** Delay before the first retry, doubled for each next one. Default 100 ms. */
  baseDelayMs: number;
  /** The longest delay between two attempts. Default 10 s. */
  maxDelayMs: number;
}

/** What to do after a failed attempt. */
export type RetryDecision =
  | { kind: 'retry'; delayMs: number }
  | {
      kind: 'give-up';
      condition?: 'MaximumRetryAttemptsExhausted' | 'MaximumEventAgeExhausted';
    };

/**
 * The target's retry limits, defaulting as EventBridge does to 185
 * retries within 24 hours.
 *
 * @example
 * retryLimits({ MaximumRetryAttempts: 2 }); // { maximumRetryAttempts: 2, maximumEventAgeSeconds: 86400 }
 */
export function retryLimits(policy?: {
  MaximumRetryAttempts?: number;
  MaximumEventAgeInSeconds?: number;
}): RetryLimits {
  return {
    maximumRetryAttempts: policy?.MaximumRetryAttempts ?? 185,
    maximumEventAgeSeconds: policy?.MaximumEventAgeInSeconds ?? 86_400,
  };
}

/**
 * Decides whether to retry after a failed attempt: not when the error is
 * not retryable, the retries are used up, or the event would be older
 * than its maximum age at the next attempt. The delay grows exponentially
 * with full jitter between half and all of the step.
 *
 * @example
 * decideRetry({ retriesDone: 0, ageMs: 0, retryable: true, limits, backoff, random: Math.random });
 */
export function decideRetry(input: {
  retriesDone: number;
  ageMs: number;
  retryable: boolean;
  limits: RetryLimits;
  backoff: BackoffOptions;
  random: () => number;
}): RetryDecision {
  if (!input.retryable) {
    return { kind: 'give-up' };
  }
  if (input.retriesDone >= input.limits.maximumRetryAttempts) {
    return { kind: 'give-up', condition: 'MaximumRetryAttemptsExhausted' };
  }
  const step = Math.min(
    input.backoff.maxDelayMs,
    input.backoff.baseDelayMs * 2 ** input.retriesDone,
  );
  const delayMs = Math.round(step * (0.5 + input.random() / 2));
  if (input.ageMs + delayMs > input.limits.maximumEventAgeSeconds * 1000) {
    return { kind: 'give-up', condition: 'MaximumEventAgeExhausted' };
  }

  return { kind: 'retry', delayMs };
}
