import { type Emitter, emitterProfiles } from './emitters.js';
import { requestIdFrom } from './ids.js';
import type { SegmentDocument } from './segment-document.js';
import type { TraceDraft } from './trace-draft.js';

/** Options of {@link openLambdaInvocation}. */
export interface LambdaInvocationOptions {
  functionName: string;
  emitter: Emitter;
  startMs: number;
  /** Id of the caller's subsegment (API Gateway, SDK Invoke, a state). */
  parentId?: string;
  region?: string;
  accountId?: string;
  /** A cold start: the `Initialization` subsegment and its duration. */
  coldStart?: { initializationMs: number };
  /** An asynchronous invocation: time spent queued in Lambda first. */
  asynchronous?: { dwellMs: number };
}

/** A Lambda invocation whose handler is running. */
export interface OpenLambdaInvocation {
  options: LambdaInvocationOptions;
  /** The `AWS::Lambda` segment that Lambda's front end records. */
  serviceSegment: SegmentDocument;
  /** The `AWS::Lambda::Function` segment; SDK subsegments go under it. */
  functionSegment: SegmentDocument;
  invocation: SegmentDocument;
  /** When the handler starts running. */
  handlerStartMs: number;
}

/**
 * Opens the two segments Lambda records for a traced invocation: the
 * `AWS::Lambda` service segment and the `AWS::Lambda::Function` segment
 * with `Initialization` (cold starts only) and `Invocation`; asynchronous
 * invocations add `Dwell Time` and `Attempt #1` to the service segment.
 *
 * @example
 * const invocation = openLambdaInvocation(draft, {
 *   functionName: 'order-validation', emitter: 'node', startMs,
 *   coldStart: { initializationMs: 380 },
 * });
 * awsCall(draft, invocation.functionSegment, { ... });
 * closeLambdaInvocation(draft, invocation, { handlerEndMs, result });
 */
export function openLambdaInvocation(
  draft: TraceDraft,
  options: LambdaInvocationOptions,
): OpenLambdaInvocation {
  const region = options.region ?? 'eu-west-1';
  const functionArn = `arn:aws:lambda:${region}:${options.accountId ?? '123456789012'}:function:${options.functionName}`;
  const serviceSegment = draft.segment({
    name: options.functionName,
    origin: 'AWS::Lambda',
    startMs: options.startMs,
    parent_id: options.parentId,
    resource_arn: functionArn,
    aws: { request_id: requestIdFrom(draft.random) },
  });
  let functionStartMs = options.startMs + draft.random.integer(1, 4);
  if (options.asynchronous) {
    functionStartMs = openAttempt(
      draft,
      serviceSegment,
      options.startMs,
      options.asynchronous.dwellMs,
    );
  }
  const functionSegment = draft.segment({
    name: options.functionName,
    origin: 'AWS::Lambda::Function',
    startMs: functionStartMs,
    parent_id: serviceSegment.id,
    resource_arn: functionArn,
    aws: {
      function_arn: functionArn,
      resource_names: [options.functionName],
      account_id: options.accountId ?? '123456789012',
      xray: { sdk: emitterProfiles[options.emitter].sdk },
    },
  });
  let handlerStartMs = functionStartMs;
  if (options.coldStart) {
    const initialization = draft.subsegment(functionSegment, {
      name: 'Initialization',
      startMs: functionStartMs,
      aws: { function_arn: functionArn },
    });
    handlerStartMs += options.coldStart.initializationMs;
    draft.close(initialization, handlerStartMs);
  }
  const invocation = draft.subsegment(functionSegment, {
    name: 'Invocation',
    startMs: handlerStartMs,
  });

  return {
    options,
    serviceSegment,
    functionSegment,
    invocation,
    handlerStartMs,
  };
}

function openAttempt(
  draft: TraceDraft,
  serviceSegment: SegmentDocument,
  startMs: number,
  dwellMs: number,
): number {
  const dwell = draft.subsegment(serviceSegment, {
    name: 'Dwell Time',
    startMs,
  });
  draft.close(dwell, startMs + dwellMs);
  draft.subsegment(serviceSegment, {
    name: 'Attempt #1',
    startMs: startMs + dwellMs,
  });

  return startMs + dwellMs + draft.random.integer(1, 4);
}

/** How the handler ended. */
export type InvocationResult =
  | { kind: 'success' }
  | { kind: 'error'; type: string; message: string; exceptionId?: string }
  | { kind: 'timeout'; timeoutSeconds: number };

/**
 * Closes the segments of an invocation: `Invocation` ends with the
 * handler, `Overhead` follows, and a failed handler marks the function
 * segment with `fault` and its exception (a timeout records Lambda's
 * "Task timed out after N seconds").
 *
 * @example
 * const endMs = closeLambdaInvocation(draft, invocation, {
 *   handlerEndMs, result: { kind: 'timeout', timeoutSeconds: 6 },
 * });
 */
export function closeLambdaInvocation(
  draft: TraceDraft,
  open: OpenLambdaInvocation,
  ending: { handlerEndMs: number; result: InvocationResult },
): number {
  const { result } = ending;
  const handlerEndMs =
    result.kind === 'timeout'
      ? open.handlerStartMs + result.timeoutSeconds * 1000
      : ending.handlerEndMs;
  draft.close(open.invocation, handlerEndMs);
  const overheadEndMs = handlerEndMs + draft.random.integer(1, 3);
  const overhead = draft.subsegment(open.functionSegment, {
    name: 'Overhead',
    startMs: handlerEndMs,
  });
  draft.close(overhead, overheadEndMs);
  draft.close(open.functionSegment, overheadEndMs);
  const serviceEndMs = overheadEndMs + draft.random.integer(0, 2);
  closeAttempt(draft, open.serviceSegment, serviceEndMs, result);
  draft.close(open.serviceSegment, serviceEndMs);
  open.serviceSegment.http = { response: { status: 200 } };
  if (result.kind !== 'success') {
    markFunctionFailed(draft, open, result);
  }

  return serviceEndMs;
}

function closeAttempt(
  draft: TraceDraft,
  serviceSegment: SegmentDocument,
  endMs: number,
  result: InvocationResult,
): void {
  const attempt = serviceSegment.subsegments?.find(
    (subsegment) => subsegment.name === 'Attempt #1',
  );
  if (!attempt) {
    return;
  }
  draft.close(attempt, endMs);
  if (result.kind !== 'success') {
    attempt.fault = true;
  }
}

function markFunctionFailed(
  draft: TraceDraft,
  open: OpenLambdaInvocation,
  result: Exclude<InvocationResult, { kind: 'success' }>,
): void {
  const exception =
    result.kind === 'timeout'
      ? {
          id: draft.newId(),
          message: `Task timed out after ${result.timeoutSeconds.toFixed(2)} seconds`,
        }
      : {
          id: result.exceptionId ?? draft.newId(),
          type: result.type,
          message: result.message,
        };
  open.functionSegment.fault = true;
  open.functionSegment.cause = {
    working_directory: '/var/task',
    exceptions: [exception],
  };
  open.invocation.fault = true;
}
