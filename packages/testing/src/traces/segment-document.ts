/** One exception as a segment's `cause.exceptions` lists it. */
export interface ExceptionRecord {
  id: string;
  message?: string;
  type?: string;
  remote?: boolean;
  truncated?: number;
  skipped?: number;
  cause?: string;
  stack?: { path?: string; line?: number; label?: string }[];
}

/**
 * The `cause` of an error: the exceptions themselves, or the 16-digit id
 * of an exception recorded in a descendant subsegment.
 */
export type SegmentCause =
  | string
  | {
      working_directory?: string;
      paths?: string[];
      exceptions: ExceptionRecord[];
    };

/** The `http` block of a segment or subsegment. */
export interface HttpRecord {
  request?: {
    method?: string;
    url?: string;
    user_agent?: string;
    client_ip?: string;
    x_forwarded_for?: boolean;
    traced?: boolean;
  };
  response?: { status?: number; content_length?: number };
}

/**
 * An X-Ray segment document or subsegment, with the fields the emitters
 * write. Times are epoch seconds with fractions.
 *
 * @example
 * const document: SegmentDocument = {
 *   id: '70de5b6f19ff9a0a', name: 'orders', start_time: 1764780000.1,
 *   end_time: 1764780000.2, trace_id: '1-69304ae0-…',
 * };
 */
export interface SegmentDocument {
  id: string;
  name: string;
  start_time: number;
  end_time?: number;
  in_progress?: boolean;
  trace_id?: string;
  parent_id?: string;
  type?: 'subsegment';
  origin?: string;
  namespace?: 'aws' | 'remote';
  resource_arn?: string;
  http?: HttpRecord;
  aws?: Record<string, unknown>;
  sql?: Record<string, unknown>;
  service?: { version?: string };
  error?: boolean;
  throttle?: boolean;
  fault?: boolean;
  cause?: SegmentCause;
  annotations?: Record<string, string | number | boolean>;
  metadata?: Record<string, Record<string, unknown>>;
  /** Set on segments X-Ray infers for AWS services that send none. */
  inferred?: boolean;
  precursor_ids?: string[];
  subsegments?: SegmentDocument[];
}
