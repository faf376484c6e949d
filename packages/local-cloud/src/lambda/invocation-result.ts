import type { LambdaOutcome } from '../xray/emitters/lambda-segments.js';
import type {
  EnvironmentOutcome,
  FunctionErrorDocument,
} from './execution-environment.js';

/** How an invocation ended, as the caller sees it. */
export type InvocationResult =
  | { kind: 'success'; requestId: string; coldStart: boolean; payload: unknown }
  | {
      kind: 'function-error' | 'timeout';
      requestId: string;
      coldStart: boolean;
      error: FunctionErrorDocument;
    };

/**
 * The error document Lambda answers when an invocation runs out of time.
 *
 * @example
 * timeoutError('c0ffee…', 3).errorMessage; // 'RequestId: c0ffee… Error: Task timed out after 3.00 seconds'
 */
export function timeoutError(
  requestId: string,
  timeoutSeconds: number,
): FunctionErrorDocument {
  return {
    errorType: 'Sandbox.Timedout',
    errorMessage: `RequestId: ${requestId} Error: Task timed out after ${timeoutSeconds.toFixed(2)} seconds`,
    trace: [],
  };
}

/**
 * Turns what the environment reported into the caller's result.
 *
 * @example
 * const result = toInvocationResult(outcome, { requestId, coldStart: true, timeoutSeconds: 3 });
 */
export function toInvocationResult(
  outcome: EnvironmentOutcome,
  context: { requestId: string; coldStart: boolean; timeoutSeconds: number },
): InvocationResult {
  const { requestId, coldStart } = context;
  if (outcome.kind === 'success') {
    return { kind: 'success', requestId, coldStart, payload: outcome.payload };
  }
  if (outcome.kind === 'function-error') {
    return {
      kind: 'function-error',
      requestId,
      coldStart,
      error: outcome.error,
    };
  }

  const error = timeoutError(requestId, context.timeoutSeconds);

  return { kind: 'timeout', requestId, coldStart, error };
}

/**
 * The outcome the X-Ray emitter records for a result.
 *
 * @example
 * startLambdaTrace(options).finish({ invocation, outcome: traceOutcome(result, 3) });
 */
export function traceOutcome(
  result: InvocationResult,
  timeoutSeconds: number,
): LambdaOutcome {
  if (result.kind === 'success') return { kind: 'success' };
  if (result.kind === 'timeout') return { kind: 'timeout', timeoutSeconds };

  return {
    kind: 'function-error',
    errorType: result.error.errorType,
    message: result.error.errorMessage,
  };
}
