/**
 * A value X-Ray accepts as an annotation (indexed, searchable).
 *
 * @example
 * addAnnotation('Attempt', 2);
 */
export type AnnotationValue = string | number | boolean;

/** One frame of an exception's stack, as X-Ray stores it. */
export interface StackFrame {
  path: string;
  line: number;
  label: string;
}

/** One exception of a subsegment's `cause`. */
export interface ExceptionRecord {
  id: string;
  type: string;
  message: string;
  remote?: boolean;
  /** Id of the exception (in the same list) that caused this one. */
  cause?: string;
  stack?: StackFrame[];
  truncated?: number;
}

/**
 * A subsegment in the X-Ray segment document format, field for field, so
 * that it serialises with a plain `JSON.stringify`. Nested subsegments
 * omit `type`, `trace_id` and `parent_id`; a subsegment sent on its own
 * carries all three.
 *
 * @example
 * const document: SubsegmentDocument = JSON.parse(datagramBody);
 */
export interface SubsegmentDocument {
  id: string;
  name: string;
  start_time: number;
  end_time?: number;
  in_progress?: boolean;
  type?: 'subsegment';
  trace_id?: string;
  parent_id?: string;
  namespace?: 'aws' | 'remote';
  annotations?: Record<string, AnnotationValue>;
  metadata?: Record<string, Record<string, unknown>>;
  aws?: Record<string, unknown>;
  http?: {
    request?: { method?: string; url?: string; traced?: boolean };
    response?: { status?: number; content_length?: number };
  };
  error?: boolean;
  throttle?: boolean;
  fault?: boolean;
  cause?: { working_directory?: string; exceptions: ExceptionRecord[] };
  subsegments?: SubsegmentDocument[];
}

/** How a call ended, as X-Ray flags it. */
export interface OutcomeFlags {
  error?: boolean;
  throttle?: boolean;
  fault?: boolean;
}

/**
 * Sets `error`, `throttle` and `fault` on a subsegment (only those that
 * are true, as X-Ray expects).
 *
 * @example
 * flagOutcome(subsegment, { error: true, throttle: true });
 */
export function flagOutcome(
  subsegment: SubsegmentDocument,
  flags: OutcomeFlags,
): void {
  if (flags.error) subsegment.error = true;
  if (flags.throttle) subsegment.throttle = true;
  if (flags.fault) subsegment.fault = true;
}
