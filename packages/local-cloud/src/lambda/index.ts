export {
  attachLocalLambda,
  type LambdaHost,
} from './attach-local-lambda.js';
export {
  type DeployFunctionsOptions,
  deployFunctions,
  readFunctions,
} from './deploy-functions.js';
export {
  ACCOUNT_CONCURRENCY_LIMIT,
  type Acquisition,
  EnvironmentPool,
  type PooledEnvironment,
} from './environment-pool.js';
export {
  buildEnvironment,
  DUMMY_CREDENTIALS,
  type RuntimeSettings,
} from './environment-variables.js';
export {
  type EnvironmentInvocation,
  type EnvironmentOutcome,
  ExecutionEnvironment,
  type FunctionErrorDocument,
  startEnvironment,
} from './execution-environment.js';
export {
  type FunctionConfig,
  type ResolvedFunctionConfig,
  resolveFunctionConfig,
} from './function-config.js';
export { functionConfiguration } from './function-configuration.js';
export {
  type FunctionLogLine,
  type FunctionLogListener,
  FunctionLogs,
} from './function-logs.js';
export { functionNameOf } from './function-name.js';
export {
  type InvocationResult,
  timeoutError,
  toInvocationResult,
  traceOutcome,
} from './invocation-result.js';
export { invokeOverApi } from './invoke-over-api.js';
export { createLambdaDeliverer } from './lambda-deliverer.js';
export {
  functionNotFound,
  LambdaConfigurationError,
  LambdaRuntimeError,
  lambdaError,
  tooManyRequests,
} from './lambda-errors.js';
export { LambdaFaults } from './lambda-faults.js';
export { createLambdaService } from './lambda-service.js';
export {
  countInvocation,
  emptyFunctionStats,
  type FunctionStats,
} from './lambda-stats.js';
export {
  DEFAULT_CONCURRENT_STARTS,
  type InvokeRequest,
  LocalLambda,
  type LocalLambdaOptions,
} from './local-lambda.js';
export { RUNTIME_SOURCE } from './runtime-source.js';
export { Signal, StartGate } from './start-gate.js';
export {
  type PseudoParameters,
  type ReferenceResolver,
  resolveTemplateValue,
} from './template-values.js';
export { upstreamTraceHeader } from './upstream-trace-header.js';
