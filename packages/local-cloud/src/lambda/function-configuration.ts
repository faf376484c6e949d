import type { ResolvedFunctionConfig } from './function-config.js';

/**
 * The `FunctionConfiguration` document Lambda's API answers for a
 * function (GetFunction's `Configuration`, ListFunctions' entries).
 *
 * @example
 * functionConfiguration(config, lambda.functionArn(config.name)).Runtime; // 'nodejs22.x'
 */
export function functionConfiguration(
  config: ResolvedFunctionConfig,
  functionArn: string,
): Record<string, unknown> {
  return {
    FunctionName: config.name,
    FunctionArn: functionArn,
    Runtime: 'nodejs22.x',
    Role: `arn:aws:iam::${functionArn.split(':')[4] ?? ''}:role/${config.name}`,
    Handler: config.handler,
    Timeout: config.timeoutSeconds,
    MemorySize: config.memoryMb,
    Version: '$LATEST',
    Environment: { Variables: config.environment },
    TracingConfig: { Mode: 'Active' },
    PackageType: 'Zip',
    Architectures: ['x86_64'],
    State: 'Active',
    LastUpdateStatus: 'Successful',
  };
}
