import type { ResolvedFunctionConfig } from './function-config.js';

/** Where the execution environment finds the local cloud. */
export interface RuntimeSettings {
  /** The edge URL, given as `AWS_ENDPOINT_URL`. */
  endpoint: string;
  region: string;
  /** `host:port` of the X-Ray daemon. */
  daemonAddress: string;
}

/** The credentials every environment gets: dummy, never valid on AWS. */
export const DUMMY_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  AWS_SESSION_TOKEN: 'local',
} as const;

/**
 * The environment of one execution environment, as Lambda builds it: the
 * function's own variables, then the reserved ones Lambda sets (which win,
 * as on Lambda). `_X_AMZN_TRACE_ID` is set per invocation by the runtime.
 *
 * @example
 * const env = buildEnvironment(config, { endpoint, region: 'us-east-1', daemonAddress });
 * env.AWS_LAMBDA_FUNCTION_NAME; // config.name
 */
export function buildEnvironment(
  config: ResolvedFunctionConfig,
  settings: RuntimeSettings,
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    TZ: ':UTC',
    LANG: 'en_US.UTF-8',
    ...config.environment,
    ...DUMMY_CREDENTIALS,
    AWS_ENDPOINT_URL: settings.endpoint,
    AWS_REGION: settings.region,
    AWS_DEFAULT_REGION: settings.region,
    AWS_XRAY_DAEMON_ADDRESS: settings.daemonAddress,
    AWS_XRAY_CONTEXT_MISSING: 'LOG_ERROR',
    AWS_LAMBDA_FUNCTION_NAME: config.name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(config.memoryMb),
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${config.name}`,
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    LAMBDA_TASK_ROOT: config.codeDirectory,
    LAMBDA_RUNTIME_DIR: '/var/runtime',
  };
}
