/** The value of an annotation: X-Ray indexes strings, numbers and booleans. */
export type AnnotationValue = string | number | boolean;

/** The `http` block of a segment or subsegment. */
export interface HttpBlock {
  request?: {
    method?: string;
    url?: string;
    user_agent?: string;
    client_ip?: string;
    traced?: boolean;
  };
  response?: { status?: number; content_length?: number };
}

/** One exception in a `cause` block. */
export interface ExceptionRecord {
  id?: string;
  message?: string;
  type?: string;
  remote?: boolean;
  [field: string]: unknown;
}

/**
 * A segment or subsegment document as the X-Ray daemon receives it. Only
 * the fields the emulation reads are typed; the rest pass through.
 */
export interface SegmentDocument {
  id: string;
  name: string;
  start_time: number;
  trace_id?: string;
  end_time?: number;
  in_progress?: boolean;
  parent_id?: string;
  type?: 'subsegment';
  namespace?: 'aws' | 'remote' | string;
  origin?: string;
  inferred?: boolean;
  error?: boolean;
  fault?: boolean;
  throttle?: boolean;
  cause?: { exceptions?: ExceptionRecord[]; [field: string]: unknown };
  http?: HttpBlock;
  aws?: Record<string, unknown>;
  annotations?: Record<string, AnnotationValue>;
  metadata?: Record<string, unknown>;
  subsegments?: SegmentDocument[];
  [field: string]: unknown;
}

/** A document the store holds: always carries its trace id. */
export interface StoredDocument extends SegmentDocument {
  trace_id: string;
}

/**
 * Calls `visit` on a document and every subsegment nested in it, parents
 * before children, with the depth (0 for the document itself).
 *
 * @example
 * walkDocument(segment, (node) => names.push(node.name));
 */
export function walkDocument(
  document: SegmentDocument,
  visit: (node: SegmentDocument, depth: number) => void,
  depth = 0,
): void {
  visit(document, depth);
  for (const subsegment of document.subsegments ?? []) {
    walkDocument(subsegment, visit, depth + 1);
  }
}
