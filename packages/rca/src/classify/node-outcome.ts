import type { TraceNode } from '../tree/trace-node.js';
import {
  isClientErrorException,
  isThrottleException,
  isTimeoutException,
} from './exception-patterns.js';

/**
 * What happened to one call, judged from its own document: `unfinished`
 * is a call that never ended although its trace did.
 */
export type NodeOutcome =
  | 'ok'
  | 'error'
  | 'throttle'
  | 'fault'
  | 'timeout'
  | 'unfinished';

/**
 * Classifies a node. HTTP status and exception names win over the flags,
 * because the Node X-Ray SDK marks every AWS SDK error a fault, even a 4xx.
 *
 * @example
 * classifyNode(node); // 'throttle' for a 400 ProvisionedThroughputExceeded
 */
export function classifyNode(node: TraceNode): NodeOutcome {
  const { status, exceptions } = node;
  const failed =
    node.error || node.fault || (status !== undefined && status >= 400);
  if (status === 429 || isThrottleException(exceptions)) return 'throttle';
  if (node.throttle && (failed || status === undefined)) return 'throttle';
  if (status === 408 || status === 504) return 'timeout';
  if ((failed || exceptions.length > 0) && isTimeoutException(exceptions)) {
    return 'timeout';
  }
  if (status !== undefined && status >= 500) return 'fault';
  if (status !== undefined && status >= 400) return 'error';
  if (node.fault) {
    return isClientErrorException(exceptions) ? 'error' : 'fault';
  }
  if (node.error) return 'error';
  if (node.inProgress || node.end === undefined) return 'unfinished';

  return 'ok';
}

/**
 * True when an outcome is a failure that can explain an outage (anything
 * but `ok`).
 *
 * @example
 * isFailure('error'); // true
 */
export function isFailure(outcome: NodeOutcome): boolean {
  return outcome !== 'ok';
}
