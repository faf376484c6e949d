import { createLogger, withTracing } from '@org/tracing';
import { awsClients } from './aws-clients.js';
import { loadConfig } from './config.js';
import { type ResponseOutcome, respondToAlarm } from './respond-to-alarm.js';

// Read at cold start: a missing variable fails the function's init with a
// message that names it, before any alarm is read.
const config = loadConfig(process.env);
const logger = createLogger({
  service: config.serviceName,
  level: config.logLevel,
});

/**
 * The Lambda entry point for "CloudWatch Alarm State Change" events: on
 * ALARM it publishes the root cause found in the alarm's traces, on OK a
 * recovered message, once per transition.
 *
 * @example
 * const result = await handler(alarmEvent, context);
 */
export const handler = withTracing(
  async (
    event: unknown,
    context: { getRemainingTimeInMillis?: () => number },
  ): Promise<ResponseOutcome> =>
    respondToAlarm(event, {
      ...awsClients(),
      config,
      logger,
      remainingTimeMs: context?.getRemainingTimeInMillis?.bind(context),
    }),
  { service: config.serviceName, logger },
);
