import {
  type FunctionConfig,
  functionConfig,
  functionVariables,
  loadEnvironment,
} from '@org/order-runtime';

/**
 * The configuration of fulfillment, read from its environment.
 *
 * @example
 * const config: Config = loadConfig(process.env);
 */
export type Config = FunctionConfig;

/**
 * Reads and validates the configuration. `SERVICE_NAME` defaults to
 * `fulfillment` and `LOG_LEVEL` to `INFO`; the others are required.
 *
 * @throws {ConfigurationError} naming every missing or bad variable
 * @example
 * const config = loadConfig(process.env);
 */
export function loadConfig(environment: NodeJS.ProcessEnv): Config {
  return functionConfig(
    loadEnvironment(functionVariables('fulfillment'), environment),
  );
}
