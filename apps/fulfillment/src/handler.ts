import { createLogger, withTracing } from '@org/tracing';
import { awsClients } from './aws-clients.js';
import { loadConfig } from './config.js';
import { type FulfillmentResult, fulfilOrder } from './fulfil-order.js';

// Read at cold start: a missing variable fails the function's init with a
// message that names it, before any order is read.
const config = loadConfig(process.env);
const logger = createLogger({
  service: config.serviceName,
  level: config.logLevel,
});

/**
 * The Lambda entry point of the workflow's FulfillOrder step: takes
 * `{ order, payment }`, marks the PAID order FULFILLED (idempotently) and
 * emits OrderFulfilled. A wrong state is thrown as `OrderStateConflict`.
 *
 * @example
 * const result = await handler({ order, payment: { paymentId } }, context);
 */
export const handler = withTracing(
  async (input: unknown): Promise<FulfillmentResult> =>
    fulfilOrder(input, { ...awsClients(), config, logger }),
  { service: config.serviceName, logger },
);
