/**
 * How an outgoing call ended, as its caller saw it.
 * - `success`: answered 2xx (after `retries` retries).
 * - `answered-error`: the callee answered with an error status and code.
 * - `network-error`: no answer: a client-side timeout or a reset socket.
 * - `unfinished`: still waiting when the process was frozen or killed;
 *   `sent` says whether the emitter had sent an in-progress document.
 *
 * @example
 * const throttled: CallOutcome = {
 *   kind: 'answered-error', status: 400,
 *   code: 'ProvisionedThroughputExceededException', message: 'Rate…',
 * };
 */
export type CallOutcome =
  | { kind: 'success'; status?: number }
  | { kind: 'answered-error'; status: number; code: string; message: string }
  | { kind: 'network-error'; code: string; message: string }
  | { kind: 'unfinished'; sent: boolean };

/**
 * The flags that X-Ray's own rule gives an HTTP status: 429 is a
 * throttle and an error, other 4xx an error, 5xx a fault.
 *
 * @example
 * flagsForStatus(429); // { error: true, throttle: true }
 */
export function flagsForStatus(status: number): {
  error?: true;
  throttle?: true;
  fault?: true;
} {
  if (status === 429) {
    return { error: true, throttle: true };
  }
  if (status >= 400 && status < 500) {
    return { error: true };
  }
  if (status >= 500) {
    return { fault: true };
  }

  return {};
}
