/**
 * The structured logger a Lambda's business logic writes through: the
 * one `@org/tracing` creates in the handler, or a recording one in tests.
 *
 * @example
 * logger.info('order validated', { orderId: 'ord-1' });
 */
export interface Logger {
  info(message: string, attributes?: Record<string, unknown>): void;
  warn(message: string, attributes?: Record<string, unknown>): void;
  error(message: string, attributes?: Record<string, unknown>): void;
}
