import {
  type LogLevel,
  loadEnvironment,
  logLevelVariable,
  requiredVariable,
} from '@org/order-runtime';
import { z } from 'zod';

const positiveInteger = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .positive({ error: 'must be above 0' })
    .default(fallback);

const ResponderVariables = z.object({
  ALERT_TOPIC_ARN: requiredVariable,
  IDEMPOTENCY_TABLE_NAME: requiredVariable,
  WEBHOOK_SECRET_NAME: z.string().trim().optional(),
  LOOKBACK_SECONDS: positiveInteger(300),
  BASELINE_SECONDS: positiveInteger(300),
  MAX_TRACES: positiveInteger(1000),
  SETTLE_SECONDS: z.coerce
    .number({ error: 'must be a number' })
    .min(0, { error: 'must be 0 or more' })
    .max(60, { error: 'must be 60 or less' })
    .default(2),
  AWS_LAMBDA_FUNCTION_NAME: z.string().trim().optional(),
  IDEMPOTENCY_TTL_SECONDS: positiveInteger(7 * 24 * 3600),
  SERVICE_NAME: requiredVariable.default('rca-responder'),
  LOG_LEVEL: logLevelVariable,
  AWS_REGION: requiredVariable.default('us-east-1'),
});

/**
 * The responder's configuration.
 *
 * @example
 * const config: ResponderConfig = loadConfig(process.env);
 */
export interface ResponderConfig {
  alertTopicArn: string;
  idempotencyTableName: string;
  /** Secrets Manager secret whose value is the chat webhook URL. */
  webhookSecretName?: string;
  /** Length of the alarm's window, ending at the state change. */
  lookbackSeconds: number;
  /** Length of the healthy window read just before the alarm's window. */
  baselineSeconds: number;
  /** Most traces read per window. */
  maxTraces: number;
  /**
   * Seconds waited after the alarm before reading, so that requests in
   * flight at the state change finish and their segments arrive.
   */
  settleSeconds: number;
  /** The responder's own function, whose traces are left out. */
  functionName: string;
  /** How long a handled transition is remembered. */
  idempotencyTtlSeconds: number;
  serviceName: string;
  logLevel: LogLevel;
  region: string;
}

/**
 * Reads and validates the configuration. `ALERT_TOPIC_ARN` and
 * `IDEMPOTENCY_TABLE_NAME` are required; `WEBHOOK_SECRET_NAME` is
 * optional; `LOOKBACK_SECONDS` and `BASELINE_SECONDS` default to 300,
 * `MAX_TRACES` to 1000, `SETTLE_SECONDS` to 2 (0 to 60),
 * `IDEMPOTENCY_TTL_SECONDS` to 7 days, the function name to
 * `AWS_LAMBDA_FUNCTION_NAME` (else `SERVICE_NAME`),
 * `SERVICE_NAME` to `rca-responder` and `LOG_LEVEL` to `INFO`.
 *
 * @throws {ConfigurationError} naming every missing or bad variable
 * @example
 * const config = loadConfig(process.env);
 */
export function loadConfig(environment: NodeJS.ProcessEnv): ResponderConfig {
  const variables = loadEnvironment(ResponderVariables, environment);

  return {
    alertTopicArn: variables.ALERT_TOPIC_ARN,
    idempotencyTableName: variables.IDEMPOTENCY_TABLE_NAME,
    webhookSecretName: variables.WEBHOOK_SECRET_NAME || undefined,
    lookbackSeconds: variables.LOOKBACK_SECONDS,
    baselineSeconds: variables.BASELINE_SECONDS,
    maxTraces: variables.MAX_TRACES,
    settleSeconds: variables.SETTLE_SECONDS,
    functionName: variables.AWS_LAMBDA_FUNCTION_NAME || variables.SERVICE_NAME,
    idempotencyTtlSeconds: variables.IDEMPOTENCY_TTL_SECONDS,
    serviceName: variables.SERVICE_NAME,
    logLevel: variables.LOG_LEVEL,
    region: variables.AWS_REGION,
  };
}
