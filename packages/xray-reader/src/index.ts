export type { RetryOptions } from './backoff.js';
export { backoffDelay, isTransientError, withBackoff } from './backoff.js';
export type { FetchTracePagesOptions, TracePage } from './batch-get-traces.js';
export { fetchTracePages, MAX_IDS_PER_BATCH } from './batch-get-traces.js';
export {
  TimeWindowError,
  XRayDeadlineError,
  XRayReaderError,
  XRayRequestError,
} from './errors.js';
export type {
  ReadTraceWindowOptions,
  TraceWindowRead,
} from './read-trace-window.js';
export { readTraceWindow } from './read-trace-window.js';
export type { TimeWindow } from './time-window.js';
export {
  MAX_SUMMARY_WINDOW_MS,
  parseDuration,
  parseSince,
  parseTimePoint,
  splitWindow,
} from './time-window.js';
export type { ListTraceIdsOptions } from './trace-summaries.js';
export { listTraceIds } from './trace-summaries.js';
