import { newSegmentId, newTraceId } from '../../src/ids.js';

/** The ids of the trace header a simulated invocation received. */
export interface InvocationIds {
  traceId: string;
  parentId: string;
  header: string;
}

/**
 * Sets a fresh `_X_AMZN_TRACE_ID`, as Lambda does before each invocation,
 * with a `Lineage` field to show that extra fields are tolerated.
 *
 * @example
 * const ids = startInvocation();
 */
export function startInvocation(sampled = true): InvocationIds {
  const traceId = newTraceId();
  const parentId = newSegmentId();
  const header = `Root=${traceId};Parent=${parentId};Sampled=${sampled ? 1 : 0};Lineage=a87bd80c:0`;
  process.env._X_AMZN_TRACE_ID = header;

  return { traceId, parentId, header };
}

/**
 * Gives the process the environment of a Lambda execution environment
 * whose X-Ray daemon is at `daemonAddress`.
 *
 * @example
 * useLambdaEnvironment(daemon.address);
 */
export function useLambdaEnvironment(daemonAddress: string): void {
  process.env.AWS_XRAY_DAEMON_ADDRESS = daemonAddress;
  process.env.AWS_LAMBDA_FUNCTION_NAME = 'order-validation';
  process.env.LAMBDA_TASK_ROOT = process.cwd();
  process.env.AWS_REGION = 'us-east-1';
  process.env.AWS_ACCESS_KEY_ID = 'test';
  process.env.AWS_SECRET_ACCESS_KEY = 'test';
}
