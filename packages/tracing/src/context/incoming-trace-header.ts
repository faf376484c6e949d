interface LambdaGlobals {
  awslambda?: {
    InvokeStore?: { getXRayTraceId?: () => string | undefined };
  };
}

/**
 * The trace header Lambda gave the current invocation: from the runtime's
 * per-invocation store where it has one (runtimes that run several
 * invocations at once in one process), else from `_X_AMZN_TRACE_ID`.
 *
 * @example
 * const header = incomingTraceHeader();
 */
export function incomingTraceHeader(): string | undefined {
  const store = (globalThis as LambdaGlobals).awslambda?.InvokeStore;

  return store?.getXRayTraceId?.() ?? process.env._X_AMZN_TRACE_ID;
}
