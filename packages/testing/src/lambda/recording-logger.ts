/**
 * A structured logger (the `Logger` of `@org/order-runtime`) that keeps
 * each entry as the JSON line it would print.
 *
 * @example
 * const logger: RecordingLogger = recordingLogger();
 */
export interface RecordingLogger {
  /** One JSON line per entry: `{ level, message, ...attributes }`. */
  lines: string[];
  info(message: string, attributes?: Record<string, unknown>): void;
  warn(message: string, attributes?: Record<string, unknown>): void;
  error(message: string, attributes?: Record<string, unknown>): void;
}

/**
 * Creates a {@link RecordingLogger} with no entries.
 *
 * @example
 * const logger = recordingLogger();
 * logger.warn('order rejected', { orderId: 'ord-1' });
 * logger.lines; // ['{"level":"WARN","message":"order rejected","orderId":"ord-1"}']
 */
export function recordingLogger(): RecordingLogger {
  const lines: string[] = [];
  const write =
    (level: string) =>
    (message: string, attributes: Record<string, unknown> = {}) => {
      lines.push(JSON.stringify({ level, message, ...attributes }));
    };

  return {
    lines,
    info: write('INFO'),
    warn: write('WARN'),
    error: write('ERROR'),
  };
}
