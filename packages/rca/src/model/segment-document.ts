/**
 * One exception as X-Ray records it inside a `cause`.
 *
 * @example
 * const exception: SegmentException = {
 *   id: '3fa1b2c3d4e5f607',
 *   type: 'ProvisionedThroughputExceededException',
 *   message: 'Rate of requests exceeds the allowed throughput.',
 *   remote: true,
 * };
 */
export interface SegmentException {
  id?: string;
  type?: string;
  message?: string;
  remote?: boolean;
  cause?: string;
}

/**
 * A segment or subsegment document as the X-Ray SDKs send it to the daemon
 * and as BatchGetTraces returns it (parsed). Only the fields the engine
 * reads are typed; everything else passes through untouched.
 *
 * @example
 * const segment: SegmentDocument = {
 *   id: '70de5b6f19ff9a0a',
 *   trace_id: '1-581cf771-a006649127e371903a2de979',
 *   name: 'order-validation',
 *   origin: 'AWS::Lambda::Function',
 *   start_time: 1478293361.271,
 *   end_time: 1478293361.449,
 * };
 */
export interface SegmentDocument {
  id?: string;
  trace_id?: string;
  name?: string;
  parent_id?: string;
  type?: string;
  origin?: string;
  namespace?: string;
  start_time?: number;
  end_time?: number;
  in_progress?: boolean;
  error?: boolean;
  fault?: boolean;
  throttle?: boolean;
  cause?: unknown;
  http?: {
    request?: { method?: string; url?: string };
    response?: { status?: number };
  };
  aws?: Record<string, unknown>;
  subsegments?: SegmentDocument[];
  [field: string]: unknown;
}
