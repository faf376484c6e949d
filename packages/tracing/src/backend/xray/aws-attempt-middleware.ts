import { callOutcome } from '../../aws/call-outcome.js';
import {
  flagOutcome,
  type SubsegmentDocument,
} from '../../model/subsegment-document.js';
import { scopeTraceHeader, xrayScopes } from './xray-scope.js';

type Next = (args: AttemptArgs) => Promise<unknown>;
interface AttemptArgs {
  request?: { headers?: Record<string, string> };
}
interface AttemptError {
  name?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
}

const attempts = new WeakMap<SubsegmentDocument, number>();

function awsCallOfScope(): SubsegmentDocument | undefined {
  const subsegment = xrayScopes.getStore()?.subsegment;

  return subsegment?.namespace === 'aws' ? subsegment : undefined;
}

/**
 * Middleware of the `build` step: sets the `X-Amzn-Trace-Id` HTTP header
 * of an AWS call to the trace header of its subsegment.
 *
 * @example
 * stack.add(traceHeaderMiddleware(), { step: 'build' });
 */
export function traceHeaderMiddleware() {
  return (next: Next) =>
    (args: AttemptArgs): Promise<unknown> => {
      const header = scopeTraceHeader(xrayScopes.getStore());
      const headers = args.request?.headers;
      if (header !== undefined && headers !== undefined) {
        headers['X-Amzn-Trace-Id'] = header;
      }

      return next(args);
    };
}

/**
 * Middleware of the `deserialize` step, which the SDK runs once per
 * attempt: keeps `aws.retries` current and flags a throttled attempt at
 * once, so that a call still retrying when Lambda's deadline comes is
 * sent (in progress) as the throttle it is.
 *
 * @example
 * stack.add(attemptMiddleware(), { step: 'deserialize', priority: 'high' });
 */
export function attemptMiddleware() {
  return (next: Next) =>
    async (args: AttemptArgs): Promise<unknown> => {
      const call = awsCallOfScope();
      if (call === undefined) return next(args);

      const attempt = (attempts.get(call) ?? 0) + 1;
      attempts.set(call, attempt);
      if (call.aws !== undefined) call.aws.retries = attempt - 1;
      try {
        return await next(args);
      } catch (error) {
        const failure = (error ?? {}) as AttemptError;
        const flags = callOutcome({
          status: failure.$metadata?.httpStatusCode,
          errorName: failure.name,
          throttling: failure.$retryable?.throttling,
          failed: true,
        });
        if (flags.throttle) flagOutcome(call, flags);
        throw error;
      }
    };
}
