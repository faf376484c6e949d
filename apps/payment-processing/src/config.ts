import {
  type LogLevel,
  loadEnvironment,
  logLevelVariable,
  requiredVariable,
} from '@org/order-runtime';
import { z } from 'zod';

const ConfigSchema = z.object({
  ORDERS_TABLE_NAME: requiredVariable,
  EVENT_BUS_NAME: requiredVariable,
  PAYMENT_PROVIDER_URL: requiredVariable.pipe(
    z.url({
      protocol: /^https?$/,
      error: 'must be an http(s) URL such as https://pay.example.com',
    }),
  ),
  SERVICE_NAME: requiredVariable.default('payment-processing'),
  LOG_LEVEL: logLevelVariable,
});

/**
 * The configuration of payment-processing, read from its environment.
 *
 * @example
 * const config: Config = loadConfig(process.env);
 */
export interface Config {
  ordersTableName: string;
  eventBusName: string;
  paymentProviderUrl: string;
  serviceName: string;
  logLevel: LogLevel;
}

/**
 * Reads and validates the configuration. `SERVICE_NAME` defaults to
 * `payment-processing` and `LOG_LEVEL` to `INFO`; the others are required.
 *
 * @throws {ConfigurationError} naming every missing or bad variable
 * @example
 * const config = loadConfig(process.env);
 */
export function loadConfig(environment: NodeJS.ProcessEnv): Config {
  const variables = loadEnvironment(ConfigSchema, environment);

  return {
    ordersTableName: variables.ORDERS_TABLE_NAME,
    eventBusName: variables.EVENT_BUS_NAME,
    paymentProviderUrl: variables.PAYMENT_PROVIDER_URL,
    serviceName: variables.SERVICE_NAME,
    logLevel: variables.LOG_LEVEL,
  };
}
