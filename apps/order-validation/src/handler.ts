import { createLogger, withTracing } from '@org/tracing';
import { awsClients } from './aws-clients.js';
import { loadConfig } from './config.js';
import type { ValidationOutcome } from './outcome.js';
import { validateOrder } from './validate-order.js';

// Read at cold start: a missing variable fails the function's init with a
// message that names it, before any event is taken.
const config = loadConfig(process.env);
const logger = createLogger({
  service: config.serviceName,
  level: config.logLevel,
});

/**
 * The Lambda entry point: takes an EventBridge `OrderCreated` event (or
 * its detail, on a direct invoke) and answers 202 VALIDATED, 400 REJECTED
 * or 409 CONFLICT. AWS failures are thrown so that EventBridge retries.
 *
 * @example
 * await handler({ 'detail-type': 'OrderCreated', detail: order }, context);
 */
export const handler = withTracing(
  async (event: unknown): Promise<ValidationOutcome> =>
    validateOrder(event, { ...awsClients(), config, logger }),
  { service: config.serviceName, logger },
);
