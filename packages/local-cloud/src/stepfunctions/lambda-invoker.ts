import type { InvokeFunction } from './task-backends.js';

/**
 * What {@link invokeFunctionFrom} needs of a Lambda emulation.
 *
 * @example
 * const invokeFunction = invokeFunctionFrom(localLambda satisfies LambdaInvoker);
 */
export interface LambdaInvoker {
  invoke(request: {
    functionName: string;
    event: unknown;
    traceHeader?: string;
  }): Promise<
    | { kind: 'success'; payload: unknown }
    | { kind: 'function-error' | 'timeout'; error: unknown }
  >;
}

/**
 * Adapts a Lambda emulation whose `invoke` answers `{ kind, payload }` or
 * `{ kind, error }` (the local cloud's `LocalLambda`) to the
 * {@link InvokeFunction} Task states call: a failed or timed-out function
 * answers `FunctionError: 'Unhandled'` with its error document, and a
 * thrown API error (429 and others) passes through.
 *
 * @example
 * const stepFunctions = new LocalStepFunctions({ invokeFunction: invokeFunctionFrom(lambda) });
 */
export function invokeFunctionFrom(lambda: LambdaInvoker): InvokeFunction {
  return async (functionName, payload, { traceHeader }) => {
    const result = await lambda.invoke({
      functionName,
      event: payload,
      traceHeader,
    });
    if (result.kind === 'success') {
      return { StatusCode: 200, Payload: result.payload };
    }

    return {
      StatusCode: 200,
      FunctionError: 'Unhandled',
      Payload: result.error,
    };
  };
}
