/**
 * Receives the library's few warnings.
 *
 * @example
 * setWarningSink((message) => logger.warn(message));
 */
export type WarningSink = (message: string) => void;

const warned = new Set<string>();
let sink: WarningSink = (message) =>
  process.emitWarning(message, { code: 'ORG_TRACING' });

/**
 * Sends a warning once per process for each `code`: a library must not
 * flood a function's logs because every invocation meets the same gap.
 *
 * @example
 * warnOnce('no-trace-header', 'No _X_AMZN_TRACE_ID: tracing is off.');
 */
export function warnOnce(code: string, message: string): void {
  if (warned.has(code)) return;

  warned.add(code);
  sink(`@org/tracing: ${message}`);
}

/**
 * Redirects warnings, for example into a structured logger. Returns the
 * previous sink.
 *
 * @example
 * setWarningSink((message) => logger.warn(message));
 */
export function setWarningSink(next: WarningSink): WarningSink {
  const previous = sink;
  sink = next;

  return previous;
}

/**
 * Forgets which warnings were given, so tests can observe them again.
 *
 * @example
 * resetWarnings();
 */
export function resetWarnings(): void {
  warned.clear();
}
