import {
  type FunctionConfig,
  functionConfig,
  functionVariables,
  loadEnvironment,
  requiredVariable,
} from '@org/order-runtime';

const ConfigSchema = functionVariables('order-validation').extend({
  STATE_MACHINE_ARN: requiredVariable.regex(/^arn:aws[a-z-]*:states:/, {
    error: 'must be a Step Functions state machine ARN',
  }),
});

/**
 * The configuration of order-validation, read from its environment.
 *
 * @example
 * const config: Config = loadConfig(process.env);
 */
export interface Config extends FunctionConfig {
  stateMachineArn: string;
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
    ...functionConfig(variables),
    stateMachineArn: variables.STATE_MACHINE_ARN,
  };
}
