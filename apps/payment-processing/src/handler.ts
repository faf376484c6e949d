import { createLogger, withTracing } from '@org/tracing';
import type { Context } from 'aws-lambda';
import { awsClients } from './aws-clients.js';
import { loadConfig } from './config.js';
import { processPayment } from './process-payment.js';

// Read at cold start: a missing variable fails the function's init with a
// message that names it, before any order is charged.
const config = loadConfig(process.env);
const logger = createLogger({
  service: config.serviceName,
  level: config.logLevel,
});

/**
 * The Lambda entry point of the workflow's ChargePayment step: takes
 * `{ order }`, charges it once and answers `{ paymentId }`. Failures are
 * thrown with the workflow's error names (`PaymentProviderUnavailable`,
 * `PaymentDeclined`, `OrderStateConflict`) for its Retry and Catch rules.
 *
 * @example
 * const { paymentId } = await handler({ order }, context);
 */
export const handler = withTracing(
  async (input: unknown, context: Context): Promise<{ paymentId: string }> =>
    processPayment(input, {
      ...awsClients(),
      config,
      logger,
      remainingTimeMs: () => context.getRemainingTimeInMillis(),
    }),
  { service: config.serviceName, logger },
);
