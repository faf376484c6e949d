import { PaymentProviderUnavailableError } from './errors.js';

/**
 * Time kept back from the provider call for recording the payment and
 * publishing the event before the invocation's own deadline.
 *
 * @example
 * const timeoutMs = remainingTimeMs - SAFETY_MARGIN_MS;
 */
export const SAFETY_MARGIN_MS = 1_000;

/**
 * Below this, a call to the provider is not worth starting.
 *
 * @example
 * if (timeoutMs < MINIMUM_CALL_MS) throw unavailable;
 */
export const MINIMUM_CALL_MS = 100;

/**
 * The deadline of the provider call: the invocation's remaining time less
 * {@link SAFETY_MARGIN_MS}.
 *
 * @throws {PaymentProviderUnavailableError} when less than
 * {@link MINIMUM_CALL_MS} would be left for the call (retryable)
 * @example
 * providerTimeout('ord-1', { remainingTimeMs: () => 6_000 }); // 5000
 */
export function providerTimeout(
  orderId: string,
  invocation: { remainingTimeMs: () => number },
): number {
  const timeoutMs = Math.floor(invocation.remainingTimeMs() - SAFETY_MARGIN_MS);
  if (timeoutMs < MINIMUM_CALL_MS) {
    throw new PaymentProviderUnavailableError(
      orderId,
      `only ${Math.max(timeoutMs, 0)} ms left before the function times out`,
    );
  }

  return timeoutMs;
}
