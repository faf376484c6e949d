export { batchGetTraces, MAX_BATCH_TRACE_IDS } from './api/batch-get-traces.js';
export { getServiceGraph } from './api/get-service-graph.js';
export { getTraceSummaries } from './api/get-trace-summaries.js';
export {
  buildServiceGraph,
  type ServiceNodeShape,
} from './api/service-graph.js';
export { summarizeTrace, type TraceSummaryShape } from './api/trace-summary.js';
export {
  createXRayService,
  type XRayServiceOptions,
} from './api/xray-service.js';
export {
  DATAGRAM_HEADER,
  decodeDatagram,
  encodeDatagram,
  MAX_DATAGRAM_BYTES,
} from './daemon/wire-format.js';
export {
  createXRayDaemon,
  type XRayDaemon,
  type XRayDaemonOptions,
} from './daemon/xray-daemon.js';
export {
  emitLambdaThrottle,
  type LambdaInvocationResult,
  type LambdaOutcome,
  type LambdaTrace,
  type LambdaTraceOptions,
  startLambdaTrace,
} from './emitters/lambda-segments.js';
export {
  type ClosableSegmentSink,
  createUdpSegmentSink,
  type SegmentSink,
  storeSink,
} from './emitters/segment-sink.js';
export {
  type LambdaInvokeTrace,
  type StateMachineTrace,
  type StateMachineTraceOptions,
  type StateTrace,
  type StepOutcome,
  startStateMachineTrace,
} from './emitters/state-machine-segments.js';
export {
  FilterExpressionError,
  TraceHeaderError,
  XRayEmulationError,
  XRayRequestError,
} from './errors.js';
export type { FilterNode } from './filter/filter-ast.js';
export { parseFilter } from './filter/parse-filter.js';
export type {
  AnnotationValue,
  HttpBlock,
  SegmentDocument,
  StoredDocument,
} from './segment-document.js';
export { type AssembledTrace, assembleTrace } from './store/assemble-trace.js';
export {
  checkDocument,
  type DocumentCheck,
  DropReason,
} from './store/document-check.js';
export {
  createSegmentStore,
  type SegmentStore,
  type SegmentStoreOptions,
  type SegmentStoreStats,
  type StoredTrace,
} from './store/segment-store.js';
export {
  formatTraceHeader,
  newSegmentId,
  newTraceId,
  parseTraceHeader,
  SEGMENT_ID_PATTERN,
  TRACE_ID_PATTERN,
  type TraceHeader,
  traceIdEpoch,
} from './trace-header.js';
