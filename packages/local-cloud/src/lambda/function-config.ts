/** What {@link LocalLambda.register} needs to run one function. */
export interface FunctionConfig {
  /** The function name, for example `payment-processing`. */
  name: string;
  /** The bundle folder: Lambda's task root (`LAMBDA_TASK_ROOT`). */
  codeDirectory: string;
  /** `file.export` inside the bundle. Default `index.handler`. */
  handler?: string;
  /** The function's own environment variables. Default none. */
  environment?: Record<string, string>;
  /** Seconds an invocation may run. Default 3, as on Lambda. */
  timeoutSeconds?: number;
  /** Memory size in MB, reported to the code. Default 128. */
  memoryMb?: number;
  /** Concurrent executions allowed; beyond it invocations get 429. */
  reservedConcurrency?: number;
}

/** A {@link FunctionConfig} with every default filled in. */
export interface ResolvedFunctionConfig {
  name: string;
  codeDirectory: string;
  handler: string;
  environment: Record<string, string>;
  timeoutSeconds: number;
  memoryMb: number;
  reservedConcurrency?: number;
}

/**
 * Fills in the defaults of a function configuration.
 *
 * @example
 * resolveFunctionConfig({ name: 'f', codeDirectory: '/code' }).handler; // 'index.handler'
 */
export function resolveFunctionConfig(
  config: FunctionConfig,
): ResolvedFunctionConfig {
  return {
    name: config.name,
    codeDirectory: config.codeDirectory,
    handler: config.handler ?? 'index.handler',
    environment: { ...(config.environment ?? {}) },
    timeoutSeconds: config.timeoutSeconds ?? 3,
    memoryMb: config.memoryMb ?? 128,
    ...(config.reservedConcurrency === undefined
      ? {}
      : { reservedConcurrency: config.reservedConcurrency }),
  };
}
