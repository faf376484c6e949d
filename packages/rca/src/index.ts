export type { AnalyzeOptions } from './analyze/analyze.js';
export { analyze } from './analyze/analyze.js';
export type { NodeLocation } from './classify/node-location.js';
export { locateNode } from './classify/node-location.js';
export type { NodeOutcome } from './classify/node-outcome.js';
export { classifyNode } from './classify/node-outcome.js';
export type { TraceInputLocation } from './errors.js';
export { RcaError, TraceInputError } from './errors.js';
export type {
  SegmentDocument,
  SegmentException,
} from './model/segment-document.js';
export type {
  RawDocument,
  TraceRecord,
  TraceSet,
} from './model/trace-set.js';
export { mergeTraceSets } from './model/trace-set.js';
export type { ReadTracesOptions } from './read/read-traces.js';
export { readTraces } from './read/read-traces.js';
export type {
  BaselineDescription,
  Evidence,
  LatencyFigures,
  RcaReport,
  RootCause,
  ServiceEdge,
  TraceSummary,
} from './report/report-types.js';
export { RootCauseKind } from './report/report-types.js';
export type { TraceTree } from './tree/assemble-tree.js';
export { assembleTree } from './tree/assemble-tree.js';
export type { TraceNode } from './tree/trace-node.js';
export { traceTree } from './tree/trace-tree.js';
