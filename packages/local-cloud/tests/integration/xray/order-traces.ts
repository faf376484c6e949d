import {
  newSegmentId,
  newTraceId,
  parseTraceHeader,
  type SegmentSink,
  startLambdaTrace,
  startStateMachineTrace,
} from '../../../src/xray/index.js';

/**
 * Sends through `sink` one order's trace as the stack records it: the
 * order-validation Lambda (its handler and a DynamoDB PutItem sent as
 * separate subsegments, like aws-xray-sdk-core in Lambda) and the
 * workflow invoking payment-processing.
 */
export function sendOrderTrace(
  sink: SegmentSink,
  options: { start: number; throttled?: boolean; annotation?: string },
): string {
  const { start } = options;
  const traceId = newTraceId(start);
  const validation = startLambdaTrace({
    sink,
    functionName: 'order-validation',
    requestId: `request-${traceId}`,
    upstream: { root: traceId, sampled: true },
    invocationType: 'Event',
    receivedAt: start,
  });
  const handlerId = newSegmentId();
  sink.send({
    id: handlerId,
    trace_id: traceId,
    type: 'subsegment',
    parent_id: validation.functionSegmentId,
    name: '## handler',
    start_time: start + 0.31,
    end_time: start + 0.6,
    annotations: {
      ColdStart: true,
      Service: options.annotation ?? 'order-validation',
    },
  });
  sink.send({
    id: newSegmentId(),
    trace_id: traceId,
    type: 'subsegment',
    parent_id: handlerId,
    name: 'DynamoDB',
    namespace: 'aws',
    start_time: start + 0.32,
    end_time: start + 0.4,
    aws: { operation: 'PutItem', table_name: 'orders' },
    http: { response: { status: options.throttled ? 400 : 200 } },
    ...(options.throttled ? { error: true, throttle: true } : {}),
  });
  validation.finish({
    initialization: { start: start + 0.05, end: start + 0.3 },
    invocation: { start: start + 0.3, end: start + 0.62 },
    outcome: { kind: 'success' },
  });

  const execution = startStateMachineTrace({
    sink,
    stateMachineArn:
      'arn:aws:states:us-east-1:000000000000:stateMachine:OrderWorkflow',
    executionArn: `arn:aws:states:us-east-1:000000000000:execution:OrderWorkflow:${traceId}`,
    upstream: parseTraceHeader(`Root=${traceId};Parent=${handlerId};Sampled=1`),
    startTime: start + 0.5,
  });
  const charge = execution.startState('ChargePayment', start + 0.51);
  const invoke = charge.startLambdaInvoke({
    functionName: 'payment-processing',
    time: start + 0.51,
  });
  const payment = startLambdaTrace({
    sink,
    functionName: 'payment-processing',
    requestId: `payment-${traceId}`,
    upstream: parseTraceHeader(invoke.traceHeader),
    receivedAt: start + 0.52,
  });
  payment.finish({
    invocation: { start: start + 0.53, end: start + 0.9 },
    outcome: { kind: 'success' },
  });
  invoke.finish({ time: start + 0.91, outcome: { kind: 'success' } });
  charge.finish({ time: start + 0.91, outcome: { kind: 'success' } });
  execution.finish({ time: start + 0.95, status: 'SUCCEEDED' });

  return traceId;
}
