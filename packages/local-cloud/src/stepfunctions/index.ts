export {
  describedExecution,
  describedStateMachine,
  epochSeconds,
  listedExecution,
  page,
} from './api-shapes.js';
export { awsHistoryEvents } from './aws-history.js';
export { contextObject } from './context-object.js';
export {
  type DeployStateMachinesOptions,
  deployStateMachines,
  type TemplateStateMachine,
  templateStateMachines,
} from './deploy-state-machines.js';
export { dynamoDbThroughEdge } from './edge-dynamodb.js';
export {
  EXECUTION_STATUSES,
  type ExecutionRecord,
  type ExecutionStatus,
  type HistoryEvent,
  type StateMachineRecord,
} from './execution-model.js';
export { ExecutionRegistry } from './execution-registry.js';
export { ExecutionTrace, type StateEvent } from './execution-trace.js';
export { causeText, historyEventOf } from './history-events.js';
export { invokeFunctionFrom, type LambdaInvoker } from './lambda-invoker.js';
export { functionNameOf, runLambdaTask } from './lambda-task.js';
export {
  type CreateStateMachineInput,
  LocalStepFunctions,
  type LocalStepFunctionsOptions,
  type StartExecutionInput,
} from './local-step-functions.js';
export { assertValidName, executionArnOf, stateMachineArnOf } from './names.js';
export { ensurePromiseWithResolvers } from './promise-with-resolvers.js';
export {
  DEFAULT_RETRY_INTERVAL_SCALE,
  type FailureCounts,
  retryIntervalOverrides,
} from './retry-intervals.js';
export { type RunExecutionOptions, runExecution } from './run-execution.js';
export {
  DYNAMODB_ACTIONS,
  type DynamoDbAction,
  runDynamoDbTask,
  runPutEventsTask,
} from './service-tasks.js';
export {
  DefinitionResolutionError,
  stepFunctionsApiError,
  TaskFailedError,
} from './stepfunctions-errors.js';
export { createStepFunctionsService } from './stepfunctions-service.js';
export type {
  DynamoDbBackend,
  EventsBackend,
  InvokeFunction,
  LambdaInvokeResult,
  TaskBackends,
  TaskEventEntry,
} from './task-backends.js';
export {
  dynamoDbFailure,
  invokeCallFailure,
  lambdaFailure,
} from './task-error-names.js';
export {
  type TaskContext,
  type TaskStateEntry,
  taskHandlers,
  taskStates,
} from './task-handlers.js';
export { templateResolver } from './template-resolver.js';
export {
  resolveValue,
  type TemplatePseudoParameters,
  type TemplateResolver,
} from './template-values.js';
