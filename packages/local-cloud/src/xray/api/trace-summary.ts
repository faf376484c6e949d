import type { FilterFacts } from '../filter/trace-facts.js';
import {
  type AnnotationValue,
  type SegmentDocument,
  walkDocument,
} from '../segment-document.js';
import type { AssembledTrace } from '../store/assemble-trace.js';
import {
  type ServiceIdShape,
  serviceIdOf,
  uniqueServiceIds,
} from './service-id.js';

/** A `TraceSummary` of the GetTraceSummaries response. */
export interface TraceSummaryShape {
  Id: string;
  StartTime?: number;
  Duration: number;
  ResponseTime: number;
  HasFault: boolean;
  HasError: boolean;
  HasThrottle: boolean;
  IsPartial: boolean;
  Http: Record<string, string | number>;
  Annotations: Record<string, AnnotatedValueShape[]>;
  ServiceIds: ServiceIdShape[];
  EntryPoint?: ServiceIdShape;
  Users: never[];
  ResourceARNs: { ARN: string }[];
  /** Grows each time the trace receives a document. */
  Revision: number;
}

interface AnnotatedValueShape {
  AnnotationValue:
    | { StringValue: string }
    | { NumberValue: number }
    | { BooleanValue: boolean };
  ServiceIds: ServiceIdShape[];
}

/**
 * Builds the `TraceSummary` X-Ray returns for a trace. `revision` is the
 * stored trace's revision (default 1).
 *
 * @example
 * summarizeTrace(trace, traceFacts(trace), stored.revision).HasThrottle;
 */
export function summarizeTrace(
  trace: AssembledTrace,
  facts: FilterFacts,
  revision = 1,
): TraceSummaryShape {
  const summary: TraceSummaryShape = {
    Id: trace.traceId,
    Duration: trace.duration,
    ResponseTime: facts.responseTime,
    HasFault: facts.fault,
    HasError: facts.error,
    HasThrottle: facts.throttle,
    IsPartial: facts.partial,
    Http: httpSummary(facts.http),
    Annotations: annotationSummary(trace.segments),
    ServiceIds: uniqueServiceIds(trace.segments.map(serviceIdOf)),
    Users: [],
    ResourceARNs: resourceArns(trace.segments),
    Revision: revision,
  };
  if (trace.root) {
    summary.StartTime = trace.root.start_time;
    summary.EntryPoint = serviceIdOf(trace.root);
  }

  return summary;
}

function httpSummary(
  http: FilterFacts['http'],
): Record<string, string | number> {
  const fields: Record<string, string | number | undefined> = {
    HttpURL: http.url,
    HttpStatus: http.status,
    HttpMethod: http.method,
    UserAgent: http.userAgent,
    ClientIp: http.clientIp,
  };

  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Record<string, string | number>;
}

function annotationSummary(
  segments: SegmentDocument[],
): Record<string, AnnotatedValueShape[]> {
  const byKey = new Map<string, Map<string, AnnotatedValueShape>>();
  for (const segment of segments) {
    const serviceId = serviceIdOf(segment);
    walkDocument(segment, (node) => {
      for (const [key, value] of Object.entries(node.annotations ?? {})) {
        const values = byKey.get(key) ?? new Map();
        byKey.set(key, values);
        const valueKey = `${typeof value}:${String(value)}`;
        const entry = values.get(valueKey) ?? annotated(value);
        entry.ServiceIds = uniqueServiceIds([...entry.ServiceIds, serviceId]);
        values.set(valueKey, entry);
      }
    });
  }

  return Object.fromEntries(
    [...byKey].map(([key, values]) => [key, [...values.values()]]),
  );
}

function annotated(value: AnnotationValue): AnnotatedValueShape {
  if (typeof value === 'number') {
    return { AnnotationValue: { NumberValue: value }, ServiceIds: [] };
  }
  if (typeof value === 'boolean') {
    return { AnnotationValue: { BooleanValue: value }, ServiceIds: [] };
  }

  return { AnnotationValue: { StringValue: String(value) }, ServiceIds: [] };
}

function resourceArns(segments: SegmentDocument[]): { ARN: string }[] {
  const arns = new Set<string>();
  for (const segment of segments) {
    const arn = segment.resource_arn ?? segment.aws?.function_arn;
    if (typeof arn === 'string') arns.add(arn);
  }

  return [...arns].map((arn) => ({ ARN: arn }));
}
