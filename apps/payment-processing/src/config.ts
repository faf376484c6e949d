import {
  type FunctionConfig,
  functionConfig,
  functionVariables,
  loadEnvironment,
  requiredVariable,
} from '@org/order-runtime';
import { z } from 'zod';

const ConfigSchema = functionVariables('payment-processing').extend({
  PAYMENT_PROVIDER_URL: requiredVariable.pipe(
    z.url({
      protocol: /^https?$/,
      error: 'must be an http(s) URL such as https://pay.example.com',
    }),
  ),
});

/**
 * The configuration of payment-processing, read from its environment.
 *
 * @example
 * const config: Config = loadConfig(process.env);
 */
export interface Config extends FunctionConfig {
  paymentProviderUrl: string;
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
    ...functionConfig(variables),
    paymentProviderUrl: variables.PAYMENT_PROVIDER_URL,
  };
}
