import type { StateTrace, StepOutcome } from '../xray/index.js';
import { TaskFailedError } from './stepfunctions-errors.js';
import type { InvokeFunction, LambdaInvokeResult } from './task-backends.js';
import { invokeCallFailure, lambdaFailure } from './task-error-names.js';

/**
 * Runs one attempt of a `lambda:invoke` Task: reads `FunctionName` (a
 * name or an ARN) and `Payload` from the state's parameters, records a
 * `Lambda` Invoke subsegment under the state, invokes the function with
 * that subsegment's trace header, and answers what Step Functions answers
 * (`{ ExecutedVersion, Payload, StatusCode }`) or throws the error it
 * would raise.
 *
 * @example
 * const output = await runLambdaTask(invokeFunction, parameters, stateTrace);
 */
export async function runLambdaTask(
  invokeFunction: InvokeFunction,
  parameters: unknown,
  state: StateTrace | undefined,
): Promise<Record<string, unknown>> {
  const { FunctionName, Payload } = (parameters ?? {}) as {
    FunctionName?: unknown;
    Payload?: unknown;
  };
  if (typeof FunctionName !== 'string' || FunctionName === '') {
    throw new TaskFailedError(
      'States.Runtime',
      `lambda:invoke needs a FunctionName string; got ${JSON.stringify(FunctionName)}`,
    );
  }

  const functionName = functionNameOf(FunctionName);
  const invoke = state?.startLambdaInvoke({ functionName });
  let result: LambdaInvokeResult;
  try {
    result = await invokeFunction(functionName, Payload ?? {}, {
      traceHeader: invoke?.traceHeader,
    });
  } catch (error) {
    const failure = invokeCallFailure(error);
    invoke?.finish({ outcome: outcomeOf(failure, 'fault', 500) });
    throw failure;
  }
  const failure = lambdaFailure(result);
  if (failure) {
    const kind = result.StatusCode === 429 ? 'throttle' : 'error';
    invoke?.finish({ outcome: outcomeOf(failure, kind, result.StatusCode) });
    throw failure;
  }
  invoke?.finish({ outcome: { kind: 'success' } });

  return {
    ExecutedVersion: '$LATEST',
    Payload: result.Payload ?? null,
    StatusCode: result.StatusCode,
  };
}

/**
 * The function name in a `FunctionName` parameter: a plain name, a
 * partial ARN or a full ARN, with or without a version or alias.
 *
 * @example
 * functionNameOf('arn:aws:lambda:us-east-1:000000000000:function:fulfillment:live'); // 'fulfillment'
 */
export function functionNameOf(functionName: string): string {
  const parts = functionName.split(':');
  const marker = parts.indexOf('function');
  if (marker >= 0 && parts[marker + 1]) return parts[marker + 1] as string;

  return parts[0] ?? functionName;
}

function outcomeOf(
  failure: TaskFailedError,
  kind: 'error' | 'fault' | 'throttle',
  status: number,
): StepOutcome {
  return { kind, errorType: failure.name, message: failure.message, status };
}
