import { z } from 'zod';
import { ConfigurationError } from './errors.js';

const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR'] as const;

const required = z
  .string({ error: 'is required' })
  .trim()
  .min(1, { error: 'is required' });

const ConfigSchema = z.object({
  ORDERS_TABLE_NAME: required,
  EVENT_BUS_NAME: required,
  SERVICE_NAME: required.default('fulfillment'),
  LOG_LEVEL: z
    .string()
    .toUpperCase()
    .pipe(z.enum(LOG_LEVELS, { error: 'must be DEBUG, INFO, WARN or ERROR' }))
    .default('INFO'),
});

/**
 * The configuration of fulfillment, read from its environment.
 *
 * @example
 * const config: Config = loadConfig(process.env);
 */
export interface Config {
  ordersTableName: string;
  eventBusName: string;
  serviceName: string;
  logLevel: (typeof LOG_LEVELS)[number];
}

/**
 * Reads and validates the configuration. `SERVICE_NAME` defaults to
 * `fulfillment` and `LOG_LEVEL` to `INFO`; the others are required.
 *
 * @throws {ConfigurationError} naming every missing or bad variable
 * @example
 * const config = loadConfig(process.env);
 */
export function loadConfig(environment: NodeJS.ProcessEnv): Config {
  const result = ConfigSchema.safeParse(environment);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.')} ${issue.message}`,
    );
    throw new ConfigurationError(problems, { cause: result.error });
  }

  return {
    ordersTableName: result.data.ORDERS_TABLE_NAME,
    eventBusName: result.data.EVENT_BUS_NAME,
    serviceName: result.data.SERVICE_NAME,
    logLevel: result.data.LOG_LEVEL,
  };
}
