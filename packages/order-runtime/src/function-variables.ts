import { z } from 'zod';
import {
  type LogLevel,
  logLevelVariable,
  requiredVariable,
} from './load-config.js';

/**
 * The variables every order function reads: `ORDERS_TABLE_NAME` and
 * `EVENT_BUS_NAME` (required), `SERVICE_NAME` (defaulting to the given
 * name) and `LOG_LEVEL` (defaulting to `INFO`). Extend it with the
 * function's own variables.
 *
 * @example
 * const Schema = functionVariables('fulfillment').extend({ QUEUE_URL: requiredVariable });
 */
export function functionVariables(serviceName: string) {
  return z.object({
    ORDERS_TABLE_NAME: requiredVariable,
    EVENT_BUS_NAME: requiredVariable,
    SERVICE_NAME: requiredVariable.default(serviceName),
    LOG_LEVEL: logLevelVariable,
  });
}

/**
 * The configuration every order function shares.
 *
 * @example
 * const config: FunctionConfig = functionConfig(variables);
 */
export interface FunctionConfig {
  ordersTableName: string;
  eventBusName: string;
  serviceName: string;
  logLevel: LogLevel;
}

/**
 * Maps the parsed {@link functionVariables} to the shared configuration.
 *
 * @example
 * const config = functionConfig(loadEnvironment(functionVariables('fulfillment'), process.env));
 */
export function functionConfig(
  variables: z.output<ReturnType<typeof functionVariables>>,
): FunctionConfig {
  return {
    ordersTableName: variables.ORDERS_TABLE_NAME,
    eventBusName: variables.EVENT_BUS_NAME,
    serviceName: variables.SERVICE_NAME,
    logLevel: variables.LOG_LEVEL,
  };
}
