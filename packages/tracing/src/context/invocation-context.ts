import { AsyncLocalStorage } from 'node:async_hooks';

/** What a log line needs to know about the invocation it belongs to. */
export interface InvocationContext {
  requestId: string | undefined;
  functionName: string | undefined;
  coldStart: boolean;
  service: string;
  /** The `Root` of the incoming trace header. */
  traceId: string | undefined;
}

/** Carries the current invocation's {@link InvocationContext}. */
export const invocationContexts = new AsyncLocalStorage<InvocationContext>();

/**
 * The context of the invocation running now, if any.
 *
 * @example
 * currentInvocation()?.requestId;
 */
export function currentInvocation(): InvocationContext | undefined {
  return invocationContexts.getStore();
}
