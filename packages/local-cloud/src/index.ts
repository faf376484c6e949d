export type { AlarmCloud } from './cloudwatch/alarm-cloud.js';
export type {
  AlarmDefinition,
  SkippedAlarm,
  TreatMissingData,
  WatchedMetric,
} from './cloudwatch/alarm-definition.js';
export { ComparisonOperator } from './cloudwatch/alarm-definition.js';
export type {
  AttachAlarmsOptions,
  AttachedAlarms,
} from './cloudwatch/attach-alarms.js';
export { attachAlarms } from './cloudwatch/attach-alarms.js';
export type { Evaluation } from './cloudwatch/evaluate-alarm.js';
export { evaluateAlarm, statistic } from './cloudwatch/evaluate-alarm.js';
export type {
  AlarmTransitionRecord,
  LocalAlarmsOptions,
} from './cloudwatch/local-alarms.js';
export { LocalAlarms } from './cloudwatch/local-alarms.js';
export type { MetricWindow } from './cloudwatch/metric-history.js';
export { MetricHistory } from './cloudwatch/metric-history.js';
export { readAlarms } from './cloudwatch/read-alarms.js';
export type {
  AlarmStateRecord,
  AlarmStateValue,
} from './cloudwatch/state-change.js';
export {
  alarmArn,
  alarmNotification,
  cloudWatchTime,
  stateChangeEntry,
} from './cloudwatch/state-change.js';
export { localName, topicArn } from './cloudwatch/template-references.js';
export type { CapacityClaim, CapacityKind } from './dynamodb/capacity.js';
export { capacityClaims, consumedByTable } from './dynamodb/capacity.js';
export {
  LOCAL_ACCOUNT_ID,
  throughputExceeded,
} from './dynamodb/throttle-error.js';
export type {
  Admission,
  TableBilling,
  ThroughputGateOptions,
} from './dynamodb/throughput-gate.js';
export { ThroughputGate } from './dynamodb/throughput-gate.js';
export { TokenBucket } from './dynamodb/token-bucket.js';
export {
  AWS_JSON_1_0,
  AWS_JSON_1_1,
  errorResponse,
  jsonResponse,
  parseJsonBody,
} from './edge/aws-json.js';
export type { Edge, EdgeOptions } from './edge/edge-server.js';
export { DEFAULT_BODY_LIMIT_BYTES, startEdge } from './edge/edge-server.js';
export { belongsTo, credentialScopeService, targetOf } from './edge/route.js';
export type {
  EdgeRequest,
  EdgeResponse,
  EmulatedService,
} from './edge/service.js';
export {
  AwsApiError,
  InvalidEventPatternError,
  LocalCloudError,
  TargetDeliveryError,
  TemplateDeploymentError,
} from './errors.js';
export { EventBuses } from './events/event-buses.js';
export type {
  Delivery,
  DeliveryOutcome,
  DeliveryTarget,
  EventEnvelope,
  RuleTarget,
  TargetDeliverer,
} from './events/event-model.js';
export { LocalEventBridge } from './events/local-eventbridge.js';
export type { EventMatcher } from './events/pattern/compile-pattern.js';
export { compilePattern } from './events/pattern/compile-pattern.js';
export type {
  PutEventsEntry,
  PutEventsResultEntry,
} from './events/put-entry.js';
export type { BackoffOptions } from './events/retry-schedule.js';
export type { PaymentProviderFaults, Throughput } from './faults.js';
export { Faults } from './faults.js';
export {
  ACCOUNT_CONCURRENCY_LIMIT,
  attachLocalLambda,
  createLambdaDeliverer,
  createLambdaService,
  type DeployFunctionsOptions,
  DUMMY_CREDENTIALS,
  deployFunctions,
  type FunctionConfig,
  type FunctionLogLine,
  type FunctionLogListener,
  FunctionLogs,
  type FunctionStats,
  type InvocationResult,
  type InvokeRequest,
  LambdaConfigurationError,
  LambdaFaults,
  type LambdaHost,
  LambdaRuntimeError,
  LocalLambda,
  type LocalLambdaOptions,
  type PseudoParameters,
  type ReferenceResolver,
  type ResolvedFunctionConfig,
  readFunctions,
  resolveTemplateValue,
} from './lambda/index.js';
export type {
  LocalCloud,
  LocalCloudOptions,
  LocalDynamoDb,
} from './local-cloud.js';
export { startLocalCloud } from './local-cloud.js';
export type { Charge, ChargeRequest } from './payment/charge-ledger.js';
export { ChargeLedger } from './payment/charge-ledger.js';
export type { PaymentProvider } from './payment/payment-provider-stub.js';
export { seededRandom } from './random.js';
export type {
  PublishedMessage,
  PublishInput,
} from './sns/local-sns.js';
export { LocalSns } from './sns/local-sns.js';
export { snsError } from './sns/sns-errors.js';
export { createSnsService } from './sns/sns-service.js';
export { LocalSqs } from './sqs/local-sqs.js';
export type { MessageAttributeValue } from './sqs/message-md5.js';
export { md5OfAttributes, md5OfBody } from './sqs/message-md5.js';
export type { QueuedMessage } from './sqs/queue.js';
export { Queue } from './sqs/queue.js';
export type { RunningStack, StartStackOptions } from './start-stack.js';
export { startStack } from './start-stack.js';
export type { LocalCloudStats } from './stats.js';
export { createStats } from './stats.js';
export {
  createStepFunctionsService,
  DefinitionResolutionError,
  type DeployStateMachinesOptions,
  deployStateMachines,
  dynamoDbThroughEdge,
  EXECUTION_STATUSES,
  type ExecutionRecord,
  type ExecutionStatus,
  type HistoryEvent,
  type InvokeFunction,
  invokeFunctionFrom,
  LocalStepFunctions,
  type LocalStepFunctionsOptions,
  type StartExecutionInput,
  type StateMachineRecord,
  type TaskBackends,
  TaskFailedError,
  templateResolver,
  templateStateMachines,
} from './stepfunctions/index.js';
export type {
  DeployedStack,
  DeployTemplateOptions,
} from './template/deploy-template.js';
export { deployTemplate } from './template/deploy-template.js';
export { readStackTemplate } from './template/read-stack-template.js';
export {
  type AnnotationValue,
  type AssembledTrace,
  assembleTrace,
  batchGetTraces,
  buildServiceGraph,
  type ClosableSegmentSink,
  checkDocument,
  createSegmentStore,
  createUdpSegmentSink,
  createXRayDaemon,
  createXRayService,
  DATAGRAM_HEADER,
  type DocumentCheck,
  DropReason,
  decodeDatagram,
  emitLambdaThrottle,
  encodeDatagram,
  FilterExpressionError,
  type FilterNode,
  formatTraceHeader,
  getServiceGraph,
  getTraceSummaries,
  type HttpBlock,
  type LambdaInvocationResult,
  type LambdaInvokeTrace,
  type LambdaOutcome,
  type LambdaTrace,
  type LambdaTraceOptions,
  MAX_BATCH_TRACE_IDS,
  MAX_DATAGRAM_BYTES,
  newSegmentId,
  newTraceId,
  parseFilter,
  parseTraceHeader,
  SEGMENT_ID_PATTERN,
  type SegmentDocument,
  type SegmentSink,
  type SegmentStore,
  type SegmentStoreOptions,
  type SegmentStoreStats,
  type ServiceNodeShape,
  type StateMachineTrace,
  type StateMachineTraceOptions,
  type StateTrace,
  type StepOutcome,
  type StoredDocument,
  type StoredTrace,
  startLambdaTrace,
  startStateMachineTrace,
  storeSink,
  summarizeTrace,
  TRACE_ID_PATTERN,
  type TraceHeader,
  TraceHeaderError,
  type TraceSummaryShape,
  traceIdEpoch,
  type XRayDaemon,
  type XRayDaemonOptions,
  XRayEmulationError,
  XRayRequestError,
  type XRayServiceOptions,
} from './xray/index.js';
