export type { LambdaContextOptions } from './lambda-context.js';
export { lambdaContext } from './lambda-context.js';
export { sampleOrder } from './sample-order.js';
export type {
  ApiGatewayStageOptions,
  OpenApiGatewayStage,
} from './traces/api-gateway.js';
export {
  closeApiGatewayStage,
  openApiGatewayStage,
} from './traces/api-gateway.js';
export type { AwsCallOptions } from './traces/aws-call.js';
export { awsCall } from './traces/aws-call.js';
export type { AwsServiceFacts, AwsServiceName } from './traces/aws-services.js';
export { awsServiceFacts, throttlingCodes } from './traces/aws-services.js';
export type { CallOutcome } from './traces/call-outcome.js';
export { flagsForStatus } from './traces/call-outcome.js';
export type {
  RedisCallOptions,
  SqlCallOptions,
} from './traces/database-call.js';
export { redisCall, sqlCall } from './traces/database-call.js';
export type { Emitter, EmitterProfile } from './traces/emitters.js';
export { emitterProfiles } from './traces/emitters.js';
export {
  exceptionMessageFor,
  exceptionTypeFor,
  recordedException,
} from './traces/exceptions.js';
export type { HttpCallOptions } from './traces/http-call.js';
export { httpCall } from './traces/http-call.js';
export {
  epochSeconds,
  requestIdFrom,
  segmentId,
  traceIdAt,
} from './traces/ids.js';
export { inferredSegments } from './traces/inferred-segments.js';
export type {
  InvocationResult,
  LambdaInvocationOptions,
  OpenLambdaInvocation,
} from './traces/lambda-invocation.js';
export {
  closeLambdaInvocation,
  openLambdaInvocation,
} from './traces/lambda-invocation.js';
export type { BatchGetTracesPage } from './traces/output.js';
export { toBatchGetTracesPage, toDaemonNdjson } from './traces/output.js';
export type { SeededRandom } from './traces/random.js';
export { seededRandom } from './traces/random.js';
export type {
  ExceptionRecord,
  HttpRecord,
  SegmentCause,
  SegmentDocument,
} from './traces/segment-document.js';
export { segmentProblems } from './traces/segment-rules.js';
export type {
  ServiceOrigin,
  ServiceSegmentOptions,
} from './traces/service-segment.js';
export { openServiceSegment } from './traces/service-segment.js';
export {
  closeLambdaTaskState,
  openLambdaTaskState,
  openStateMachineExecution,
} from './traces/step-functions.js';
export type { BuiltTrace } from './traces/trace-draft.js';
export { TraceDraft } from './traces/trace-draft.js';
export type {
  XRayApiServer,
  XRayApiServerOptions,
} from './xray-api/xray-api-server.js';
export { startXRayApiServer } from './xray-api/xray-api-server.js';
