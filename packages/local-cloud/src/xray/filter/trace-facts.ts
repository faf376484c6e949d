import type { AnnotationValue, SegmentDocument } from '../segment-document.js';
import { walkDocument } from '../segment-document.js';
import type { AssembledTrace } from '../store/assemble-trace.js';
import { roundSeconds } from '../store/assemble-trace.js';

/** What a filter expression can see of a trace or of one segment. */
export interface FilterFacts {
  error: boolean;
  fault: boolean;
  throttle: boolean;
  partial: boolean;
  responseTime: number;
  duration: number;
  name?: string;
  /** The first `user` a segment of the trace records. */
  user?: string;
  http: {
    status?: number;
    contentLength?: number;
    url?: string;
    method?: string;
    userAgent?: string;
    clientIp?: string;
  };
  annotations: Map<string, AnnotationValue[]>;
  /** One entry per segment: the scope of `service(...) { ... }`. */
  segments: SegmentFacts[];
  /** One entry per call from one segment to another. */
  edges: EdgeFacts[];
}

/** A call between two services; `edge(...) { ... }` tests the callee. */
export interface EdgeFacts {
  source: { serviceName: string; serviceType?: string };
  destination: SegmentFacts;
}

/** The facts of one segment, with the service it names. */
export interface SegmentFacts extends FilterFacts {
  serviceName: string;
  serviceType?: string;
}

/**
 * Collects the facts of an assembled trace that filter expressions test.
 *
 * @example
 * const facts = traceFacts(assembleTrace(stored));
 * facts.responseTime;
 */
export function traceFacts(trace: AssembledTrace): FilterFacts {
  const segments = trace.segments.map(segmentFacts);
  const root = trace.root;

  return {
    error: segments.some((segment) => segment.error),
    fault: segments.some((segment) => segment.fault),
    throttle: segments.some((segment) => segment.throttle),
    partial: trace.isPartial,
    responseTime: root ? responseTime(root) : 0,
    duration: trace.duration,
    ...(root ? { name: root.name } : {}),
    ...firstUser(segments),
    http: root ? httpFacts(root) : {},
    annotations: mergeAnnotations(segments),
    segments,
    edges: traceEdges(trace.segments, segments),
  };
}

function firstUser(segments: SegmentFacts[]): { user?: string } {
  const user = segments.find((segment) => segment.user)?.user;

  return user === undefined ? {} : { user };
}

function traceEdges(
  documents: SegmentDocument[],
  segments: SegmentFacts[],
): EdgeFacts[] {
  const owners = new Map<string, SegmentFacts>();
  documents.forEach((document, index) => {
    const facts = segments[index] as SegmentFacts;
    walkDocument(document, (node) => owners.set(node.id, facts));
  });
  const edges: EdgeFacts[] = [];
  documents.forEach((document, index) => {
    const caller = owners.get(document.parent_id ?? '');
    const callee = segments[index] as SegmentFacts;
    if (caller && caller !== callee) {
      edges.push({ source: caller, destination: callee });
    }
  });

  return edges;
}

function segmentFacts(segment: SegmentDocument): SegmentFacts {
  const flags = { error: false, fault: false, throttle: false };
  const annotations = new Map<string, AnnotationValue[]>();
  walkDocument(segment, (node) => {
    flags.error ||= node.error === true;
    flags.fault ||= node.fault === true;
    flags.throttle ||= node.throttle === true;
    for (const [key, value] of Object.entries(node.annotations ?? {})) {
      annotations.set(key, [...(annotations.get(key) ?? []), value]);
    }
  });

  const facts: SegmentFacts = {
    ...flags,
    partial: segment.in_progress === true,
    responseTime: responseTime(segment),
    duration: responseTime(segment),
    name: segment.name,
    ...(typeof segment.user === 'string' ? { user: segment.user } : {}),
    http: httpFacts(segment),
    annotations,
    segments: [],
    edges: [],
    serviceName: segment.name,
  };
  if (segment.origin) facts.serviceType = segment.origin;
  facts.segments = [facts];

  return facts;
}

function responseTime(segment: SegmentDocument): number {
  const end = segment.end_time ?? segment.start_time;

  return roundSeconds(end - segment.start_time);
}

function httpFacts(segment: SegmentDocument): FilterFacts['http'] {
  const request = segment.http?.request;
  const response = segment.http?.response;

  return {
    status: response?.status,
    contentLength: response?.content_length,
    url: request?.url,
    method: request?.method,
    userAgent: request?.user_agent,
    clientIp: request?.client_ip,
  };
}

function mergeAnnotations(
  segments: SegmentFacts[],
): Map<string, AnnotationValue[]> {
  const merged = new Map<string, AnnotationValue[]>();
  for (const segment of segments) {
    for (const [key, values] of segment.annotations) {
      merged.set(key, [...(merged.get(key) ?? []), ...values]);
    }
  }

  return merged;
}
