export { createNoopBackend } from './backend/noop-backend.js';
export type {
  HttpCaptureOptions,
  InvocationOutcome,
  InvocationSpan,
  InvocationStart,
  TracingBackend,
} from './backend/tracing-backend.js';
export type { DaemonAddress } from './backend/xray/daemon-address.js';
export { daemonAddress } from './backend/xray/daemon-address.js';
export type { SegmentEmitter } from './backend/xray/udp-emitter.js';
export { createUdpEmitter } from './backend/xray/udp-emitter.js';
export type { XRayBackendOptions } from './backend/xray/xray-backend.js';
export { createXRayBackend } from './backend/xray/xray-backend.js';
export type { XRaySdkBackendOptions } from './backend/xray-sdk/xray-sdk-backend.js';
export { createXRaySdkBackend } from './backend/xray-sdk/xray-sdk-backend.js';
export type {
  SdkSegment,
  XRaySdk,
} from './backend/xray-sdk/xray-sdk-types.js';
export { resetColdStart } from './context/cold-start.js';
export {
  TraceHeaderError,
  TracingConfigurationError,
  TracingError,
} from './errors.js';
export type { LogEntry, LogFormat } from './logger/log-format.js';
export type { LogLevelName } from './logger/log-level.js';
export { LogLevel } from './logger/log-level.js';
export type { LogExtra, Logger, LoggerOptions } from './logger/logger.js';
export { createLogger } from './logger/logger.js';
export type {
  LumigoInitializer,
  LumigoLoader,
  LumigoOptions,
  LumigoTracer,
} from './lumigo.js';
export { withLumigo } from './lumigo.js';
export type {
  AnnotationValue,
  SubsegmentDocument,
} from './model/subsegment-document.js';
export { environmentRedactor } from './redaction/environment-redactor.js';
export { REDACTED, redactText } from './redaction/redact-text.js';
export type { Redactor, RedactorOptions } from './redaction/redactor.js';
export { createRedactor } from './redaction/redactor.js';
export { TracingEnvironment } from './settings.js';
export type { TraceContext } from './trace-header.js';
export { formatTraceHeader, parseTraceHeader } from './trace-header.js';
export {
  addAnnotation,
  addMetadata,
  captureAwsClient,
  getTraceHeader,
  recordError,
} from './tracing-api.js';
export type { TracingSetup } from './tracing-setup.js';
export { configureTracing, tracingBackend } from './tracing-setup.js';
export type { WarningSink } from './warnings.js';
export { resetWarnings, setWarningSink } from './warnings.js';
export type {
  AsyncHandler,
  LambdaContextLike,
  WithTracingOptions,
} from './with-tracing.js';
export { withTracing } from './with-tracing.js';
