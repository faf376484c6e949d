import type { SegmentDocument } from '../segment-document.js';
import {
  formatTraceHeader,
  newSegmentId,
  newTraceId,
  type TraceHeader,
} from '../trace-header.js';
import {
  causeOf,
  DEFAULT_ACCOUNT_ID,
  DEFAULT_REGION,
  nowSeconds,
} from './emitter-defaults.js';
import type { SegmentSink } from './segment-sink.js';

/** How a Lambda invocation ended. */
export type LambdaOutcome =
  | { kind: 'success' }
  | { kind: 'function-error'; errorType: string; message: string }
  | { kind: 'timeout'; timeoutSeconds: number };

/** Options of {@link startLambdaTrace} and {@link emitLambdaThrottle}. */
export interface LambdaTraceOptions {
  sink: SegmentSink;
  functionName: string;
  /** Default `us-east-1`. */
  region?: string;
  /** Default `000000000000`. */
  accountId?: string;
  requestId: string;
  /** The caller's trace header; without one a new sampled trace starts. */
  upstream?: TraceHeader;
  /** `Event` adds the `Dwell Time` and `Attempt #n` subsegments. */
  invocationType?: 'RequestResponse' | 'Event';
  /** Epoch seconds Lambda accepted the request. Default now. */
  receivedAt?: number;
}

/** Timings (epoch seconds) and outcome of one finished invocation. */
export interface LambdaInvocationResult {
  /** Present for cold starts only. */
  initialization?: { start: number; end: number };
  invocation: { start: number; end: number };
  /** When the runtime finished reporting. Default `invocation.end`. */
  end?: number;
  outcome: LambdaOutcome;
  /** The attempt number of an `Event` invocation. Default 1. */
  attempt?: number;
}

/** The trace of one Lambda invocation, open until {@link finish}. */
export interface LambdaTrace {
  traceId: string;
  sampled: boolean;
  /** Id of the `AWS::Lambda` segment. */
  serviceSegmentId: string;
  /** Id of the `AWS::Lambda::Function` segment (the SDK's facade). */
  functionSegmentId: string;
  /** The `_X_AMZN_TRACE_ID` of the execution environment. */
  functionTraceHeader: string;
  /** Sends the two segments. Unsampled traces send nothing. */
  finish(result: LambdaInvocationResult): void;
}

/**
 * Opens the trace of a Lambda invocation as the Lambda service records it:
 * an `AWS::Lambda` segment (the service, child of the caller's `Parent`)
 * and an `AWS::Lambda::Function` segment (child of the first) with the
 * `Initialization` (cold starts), `Invocation` and `Overhead` subsegments.
 * Give `functionTraceHeader` to the function: the subsegments its X-Ray SDK
 * sends then hang under the function segment.
 *
 * @example
 * const trace = startLambdaTrace({ sink, functionName: 'fulfillment', requestId, upstream });
 * environment._X_AMZN_TRACE_ID = trace.functionTraceHeader;
 * trace.finish({ invocation: { start, end }, outcome: { kind: 'success' } });
 */
export function startLambdaTrace(options: LambdaTraceOptions): LambdaTrace {
  const traceId = options.upstream?.root ?? newTraceId();
  const sampled = options.upstream?.sampled ?? true;
  const receivedAt = options.receivedAt ?? nowSeconds();
  const serviceSegmentId = newSegmentId();
  const functionSegmentId = newSegmentId();
  const functionTraceHeader = formatTraceHeader({
    root: traceId,
    parent: functionSegmentId,
    sampled,
    ...(options.upstream?.lineage ? { lineage: options.upstream.lineage } : {}),
  });
  const ids = { traceId, serviceSegmentId, functionSegmentId, receivedAt };

  return {
    traceId,
    sampled,
    serviceSegmentId,
    functionSegmentId,
    functionTraceHeader,
    finish(result) {
      if (!sampled) return;
      options.sink.send(serviceSegment(options, ids, result));
      options.sink.send(functionSegment(options, ids, result));
    },
  };
}

/**
 * Sends the `AWS::Lambda` segment of an invocation that Lambda refused with
 * 429 TooManyRequestsException (reserved concurrency reached).
 *
 * @example
 * emitLambdaThrottle({ sink, functionName: 'payment-processing', requestId, upstream });
 */
export function emitLambdaThrottle(options: LambdaTraceOptions): void {
  if (options.upstream?.sampled === false) return;
  const time = options.receivedAt ?? nowSeconds();

  options.sink.send({
    ...serviceBase(options, options.upstream?.root ?? newTraceId()),
    id: newSegmentId(),
    start_time: time,
    end_time: time,
    error: true,
    throttle: true,
    http: { response: { status: 429 } },
    cause: causeOf('TooManyRequestsException', 'Rate Exceeded.', true),
  });
}

interface LambdaIds {
  traceId: string;
  serviceSegmentId: string;
  functionSegmentId: string;
  receivedAt: number;
}

function serviceSegment(
  options: LambdaTraceOptions,
  ids: LambdaIds,
  result: LambdaInvocationResult,
): SegmentDocument {
  const end = result.end ?? result.invocation.end;
  const segment: SegmentDocument = {
    ...serviceBase(options, ids.traceId),
    id: ids.serviceSegmentId,
    start_time: ids.receivedAt,
    end_time: end,
    http: { response: { status: 200 } },
  };
  if (options.invocationType === 'Event') {
    segment.subsegments = asyncSubsegments(ids, result, end);
  }

  return segment;
}

function serviceBase(options: LambdaTraceOptions, traceId: string) {
  return {
    trace_id: traceId,
    name: options.functionName,
    origin: 'AWS::Lambda',
    ...(options.upstream?.parent ? { parent_id: options.upstream.parent } : {}),
    resource_arn: functionArn(options),
    aws: { request_id: options.requestId },
  };
}

function asyncSubsegments(
  ids: LambdaIds,
  result: LambdaInvocationResult,
  end: number,
): SegmentDocument[] {
  const attemptStart = result.initialization?.start ?? result.invocation.start;

  return [
    {
      id: newSegmentId(),
      name: 'Dwell Time',
      start_time: ids.receivedAt,
      end_time: attemptStart,
    },
    {
      id: newSegmentId(),
      name: `Attempt #${result.attempt ?? 1}`,
      start_time: attemptStart,
      end_time: end,
      http: { response: { status: 200 } },
      ...(result.outcome.kind === 'success' ? {} : { fault: true }),
    },
  ];
}

function functionSegment(
  options: LambdaTraceOptions,
  ids: LambdaIds,
  result: LambdaInvocationResult,
): SegmentDocument {
  const arn = functionArn(options);
  const aws = { function_arn: arn, resource_names: [options.functionName] };
  const end = result.end ?? result.invocation.end;
  const subsegments: SegmentDocument[] = [];
  if (result.initialization) {
    subsegments.push(timed('Initialization', result.initialization, aws));
  }
  subsegments.push({
    ...timed('Invocation', result.invocation, aws),
    ...failure(result.outcome),
  });
  subsegments.push(
    timed('Overhead', { start: result.invocation.end, end }, aws),
  );

  return {
    id: ids.functionSegmentId,
    trace_id: ids.traceId,
    name: options.functionName,
    parent_id: ids.serviceSegmentId,
    origin: 'AWS::Lambda::Function',
    resource_arn: arn,
    start_time: result.initialization?.start ?? result.invocation.start,
    end_time: end,
    aws: { ...aws, account_id: options.accountId ?? DEFAULT_ACCOUNT_ID },
    ...failure(result.outcome),
    subsegments,
  };
}

function timed(
  name: string,
  span: { start: number; end: number },
  aws: Record<string, unknown>,
): SegmentDocument {
  return {
    id: newSegmentId(),
    name,
    start_time: span.start,
    end_time: span.end,
    aws,
  };
}

function failure(outcome: LambdaOutcome): Partial<SegmentDocument> {
  if (outcome.kind === 'success') return {};
  const exception =
    outcome.kind === 'function-error'
      ? { type: outcome.errorType, message: outcome.message }
      : {
          message: `Task timed out after ${outcome.timeoutSeconds.toFixed(2)} seconds`,
        };

  return {
    fault: true,
    cause: {
      working_directory: '/var/task',
      exceptions: [{ id: newSegmentId(), ...exception }],
    },
  };
}

function functionArn(options: LambdaTraceOptions): string {
  const region = options.region ?? DEFAULT_REGION;
  const account = options.accountId ?? DEFAULT_ACCOUNT_ID;

  return `arn:aws:lambda:${region}:${account}:function:${options.functionName}`;
}
