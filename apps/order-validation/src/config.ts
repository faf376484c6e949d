import {
  type LogLevel,
  loadEnvironment,
  logLevelVariable,
  requiredVariable,
} from '@org/order-runtime';
import { z } from 'zod';

const ConfigSchema = z.object({
  ORDERS_TABLE_NAME: requiredVariable,
  STATE_MACHINE_ARN: requiredVariable.regex(/^arn:aws[a-z-]*:states:/, {
    error: 'must be a Step Functions state machine ARN',
  }),
  EVENT_BUS_NAME: requiredVariable,
  SERVICE_NAME: requiredVariable.default('order-validation'),
  LOG_LEVEL: logLevelVariable,
});

/**
 * The configuration of order-validation, read from its environment.
 *
 * @example
 * const config: Config = loadConfig(process.env);
 */
export interface Config {
  ordersTableName: string;
  stateMachineArn: string;
  eventBusName: string;
  serviceName: string;
  logLevel: LogLevel;
}

/**
 * Reads and validates the configuration. `SERVICE_NAME` defaults to
 * `order-validation` and `LOG_LEVEL` to `INFO`; the others are required.
 *
 * @throws {ConfigurationError} naming every missing or bad variable
 * @example
 * const config = loadConfig(process.env);
 */
export function loadConfig(environment: NodeJS.ProcessEnv): Config {
  const variables = loadEnvironment(ConfigSchema, environment);

  return {
    ordersTableName: variables.ORDERS_TABLE_NAME,
    stateMachineArn: variables.STATE_MACHINE_ARN,
    eventBusName: variables.EVENT_BUS_NAME,
    serviceName: variables.SERVICE_NAME,
    logLevel: variables.LOG_LEVEL,
  };
}
