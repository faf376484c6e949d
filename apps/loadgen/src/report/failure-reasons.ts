/** Longest example message kept per error, in characters. */
const EXAMPLE_LENGTH = 160;

/**
 * The error of a failure reason. The workflow records a failure as
 * `"<Error>: <Cause>"`, where the cause is often a JSON error object naming
 * the order and holding a stack trace; the error alone groups the orders
 * that failed the same way.
 *
 * @example
 * failedWith('States.Timeout: {"errorMessage":"…"}'); // 'States.Timeout'
 */
export function failedWith(reason: string): string {
  return split(reason).error.trim() || reason;
}

/**
 * What a failure reason says beyond its error, shortened for a table: the
 * `errorMessage` of a JSON cause, else the cause's text, at most 160
 * characters. Empty when the reason holds no cause.
 *
 * @example
 * causeMessage('PaymentDeclined: {"errorMessage":"declined"}'); // 'declined'
 */
export function causeMessage(reason: string): string {
  const cause = split(reason).cause.trim();

  return shorten(messageOf(cause) ?? cause);
}

/** A reason's error and cause, at its first `": "` (no cause without). */
function split(reason: string): { error: string; cause: string } {
  const separator = reason.indexOf(': ');

  return separator === -1
    ? { error: reason, cause: '' }
    : { error: reason.slice(0, separator), cause: reason.slice(separator + 2) };
}

function messageOf(cause: string): string | undefined {
  if (!cause.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(cause);
    const message =
      typeof parsed === 'object' && parsed !== null
        ? (parsed as { errorMessage?: unknown }).errorMessage
        : undefined;

    return typeof message === 'string' ? message : undefined;
  } catch {
    return undefined;
  }
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ');

  return line.length <= EXAMPLE_LENGTH
    ? line
    : `${line.slice(0, EXAMPLE_LENGTH - 1)}…`;
}
