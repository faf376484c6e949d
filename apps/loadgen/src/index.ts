export type { RunCommandOptions } from './cli/run-command.js';
export { runCommand } from './cli/run-command.js';
export {
  DeliveryError,
  LoadgenError,
  LocalStackUnavailableError,
  MissingCredentialsError,
  MissingTemplateError,
  OutcomeReadError,
  ScenarioFileError,
  StackOutputsError,
  UsageError,
} from './errors.js';
export type { OrderGeneratorOptions } from './orders/generate-orders.js';
export { generateOrders } from './orders/generate-orders.js';
export type { OrderEvent, OrderEventKind } from './orders/order-event.js';
export { poison } from './orders/poison.js';
export type { SeededRandom } from './orders/seeded-random.js';
export { seededRandom } from './orders/seeded-random.js';
export { newTraceHeader } from './orders/trace-header.js';
export type { LatencyPercentiles } from './report/percentiles.js';
export { latencyPercentiles, percentile } from './report/percentiles.js';
export type {
  OutcomeCounts,
  ReconcileInput,
  RunSummary,
} from './report/reconcile.js';
export { reconcile } from './report/reconcile.js';
export { renderSummary } from './report/render-summary.js';
export type { AwaitOutcomesOptions } from './run/await-outcomes.js';
export { awaitOutcomes, isAccounted } from './run/await-outcomes.js';
export type { RunProgress, RunScenarioOptions } from './run/run-scenario.js';
export { runScenario } from './run/run-scenario.js';
export type { SendEventsOptions } from './run/send-events.js';
export { sendEvents } from './run/send-events.js';
export type { OutcomeTally } from './run/tally-outcomes.js';
export { tallyOutcomes } from './run/tally-outcomes.js';
export {
  loadScenario,
  parseScenario,
  scenarioPath,
  shippedScenarioFolder,
} from './scenario/load-scenario.js';
export type { Scenario, ScenarioFaults } from './scenario/scenario-schema.js';
export {
  PipelineFunction,
  ScenarioSchema,
} from './scenario/scenario-schema.js';
export { applyLocalFaults } from './target/apply-local-faults.js';
export type { AwsTargetOptions } from './target/aws-target.js';
export { connectAwsTarget } from './target/aws-target.js';
export {
  defaultCdkOut,
  hasStackTemplate,
  STACK_NAME,
} from './target/cdk-out.js';
export type {
  ConnectLocalTargetOptions,
  LocalTarget,
  LocalTargetOptions,
} from './target/local-target.js';
export { startLocalTarget } from './target/local-target.js';
export type { ObserverClients } from './target/observe-rejections.js';
export {
  observeRejections,
  REJECTION_OBSERVER,
} from './target/observe-rejections.js';
export type {
  OrderOutcome,
  OrderPipelineTarget,
  PipelineResources,
  SendResult,
} from './target/order-pipeline-target.js';
export type { PutOrderEventsOptions } from './target/put-events.js';
export {
  MAX_ENTRIES_PER_CALL,
  putOrderEvents,
  toEntry,
} from './target/put-events.js';
export { orderIdOf, readDeadLetters } from './target/read-dead-letters.js';
export { readOrders, toOutcome } from './target/read-orders.js';
export { readRejections, rejectionOf } from './target/read-rejections.js';
export type {
  SdkClientSettings,
  SdkTargetOptions,
} from './target/sdk-target.js';
export { createSdkTarget, mergeOutcomes } from './target/sdk-target.js';
export { readStackOutputs, StackOutputKey } from './target/stack-outputs.js';
export type { TargetKind } from './target/unapplied-faults.js';
export { unappliedFaults } from './target/unapplied-faults.js';
