import type { NodeLocation } from '../classify/node-location.js';
import type {
  SegmentDocument,
  SegmentException,
} from '../model/segment-document.js';

/**
 * One segment or subsegment of an assembled trace, with the fields the
 * engine reasons about read out of its document. Times are epoch seconds;
 * `end` is undefined for calls that never finished.
 *
 * @example
 * const tree = traceTree(traces, '1-5f8a...');
 * tree?.root.children[0]?.name; // 'DynamoDB'
 */
export interface TraceNode {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | undefined;
  readonly isSegment: boolean;
  readonly origin: string | undefined;
  readonly namespace: string | undefined;
  readonly start: number;
  readonly end: number | undefined;
  readonly inProgress: boolean;
  readonly error: boolean;
  readonly fault: boolean;
  readonly throttle: boolean;
  readonly status: number | undefined;
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly aws: Readonly<Record<string, unknown>> | undefined;
  readonly exceptions: readonly SegmentException[];
  readonly causeId: string | undefined;
  readonly children: TraceNode[];
  /** True when the parent named by `parentId` was not in the trace. */
  orphan: boolean;
  /** The segment that encloses this node (itself for a segment). */
  segment: TraceNode | undefined;
  parent: TraceNode | undefined;
  /** The node's location, once named (see `locateNode`). */
  location?: NodeLocation;
}

/**
 * Reads one document (without its nested subsegments) into a TraceNode.
 *
 * @example
 * const node = toTraceNode(document, undefined);
 */
export function toTraceNode(
  document: SegmentDocument,
  nestingParentId: string | undefined,
): TraceNode {
  const { cause, http, aws } = document;
  const { exceptions, id: causeId } =
    cause === undefined ? NO_CAUSE : readCause(cause);
  const request = http?.request;

  return {
    id: String(document.id),
    name: typeof document.name === 'string' ? document.name : '',
    parentId: nestingParentId ?? stringOrUndefined(document.parent_id),
    isSegment: nestingParentId === undefined && document.type !== 'subsegment',
    origin: stringOrUndefined(document.origin),
    namespace: stringOrUndefined(document.namespace),
    start: numberOrUndefined(document.start_time) ?? Number.NaN,
    end: numberOrUndefined(document.end_time),
    inProgress: document.in_progress === true,
    error: document.error === true,
    fault: document.fault === true,
    throttle: document.throttle === true,
    status: readStatus(http?.response?.status),
    method: stringOrUndefined(request?.method),
    url: stringOrUndefined(request?.url),
    aws: isObject(aws) ? aws : undefined,
    exceptions,
    causeId,
    children: [],
    orphan: false,
    segment: undefined,
    parent: undefined,
    location: undefined,
  };
}

const NO_EXCEPTIONS: readonly SegmentException[] = Object.freeze([]);
const NO_CAUSE = Object.freeze({
  exceptions: NO_EXCEPTIONS,
  id: undefined,
});

function readCause(cause: unknown): {
  exceptions: readonly SegmentException[];
  id: string | undefined;
} {
  if (typeof cause === 'string')
    return { exceptions: NO_EXCEPTIONS, id: cause };
  if (!isObject(cause)) return { exceptions: NO_EXCEPTIONS, id: undefined };

  const exceptions = Array.isArray(cause.exceptions)
    ? cause.exceptions.filter(isObject).map(toException)
    : NO_EXCEPTIONS;
  const id = typeof cause.id === 'string' ? cause.id : undefined;

  return { exceptions, id };
}

function toException(value: Record<string, unknown>): SegmentException {
  return {
    id: stringOrUndefined(value.id),
    type: stringOrUndefined(value.type),
    message: stringOrUndefined(value.message),
    remote: value.remote === true,
    cause: stringOrUndefined(value.cause),
  };
}

function readStatus(status: unknown): number | undefined {
  if (typeof status === 'number') return status;
  if (typeof status === 'string' && /^\d{3}$/.test(status)) return +status;

  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value)
    ? value
    : undefined;
}
