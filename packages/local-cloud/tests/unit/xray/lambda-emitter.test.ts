import { describe, expect, it } from 'vitest';
import {
  emitLambdaThrottle,
  parseTraceHeader,
  type SegmentDocument,
  startLambdaTrace,
} from '../../../src/xray/index.js';
import { EPOCH, TRACE_ID } from './segment-fixtures.js';

const CALLER = '00000000000000c1';
const upstream = parseTraceHeader(
  `Root=${TRACE_ID};Parent=${CALLER};Sampled=1`,
);

function collect() {
  const sent: SegmentDocument[] = [];
  return {
    sink: { send: (document: SegmentDocument) => sent.push(document) },
    sent,
  };
}

describe('startLambdaTrace', () => {
  it('sends the service segment under the caller and the function segment under it', () => {
    const { sink, sent } = collect();
    const trace = startLambdaTrace({
      sink,
      functionName: 'fulfillment',
      requestId: 'request-1',
      upstream,
      receivedAt: EPOCH,
    });

    trace.finish({
      initialization: { start: EPOCH + 0.01, end: EPOCH + 0.3 },
      invocation: { start: EPOCH + 0.3, end: EPOCH + 0.8 },
      end: EPOCH + 0.81,
      outcome: { kind: 'success' },
    });

    const [service, handler] = sent;
    expect(service).toMatchObject({
      id: trace.serviceSegmentId,
      trace_id: TRACE_ID,
      parent_id: CALLER,
      name: 'fulfillment',
      origin: 'AWS::Lambda',
      start_time: EPOCH,
      end_time: EPOCH + 0.81,
      http: { response: { status: 200 } },
      aws: { request_id: 'request-1' },
    });
    expect(handler).toMatchObject({
      id: trace.functionSegmentId,
      parent_id: trace.serviceSegmentId,
      origin: 'AWS::Lambda::Function',
      start_time: EPOCH + 0.01,
      aws: {
        function_arn:
          'arn:aws:lambda:us-east-1:000000000000:function:fulfillment',
      },
    });
    expect(handler?.subsegments?.map((node) => node.name)).toEqual([
      'Initialization',
      'Invocation',
      'Overhead',
    ]);
    expect(trace.functionTraceHeader).toBe(
      `Root=${TRACE_ID};Parent=${trace.functionSegmentId};Sampled=1`,
    );
  });

  it('leaves out Initialization on a warm start and records a timeout as a fault', () => {
    const { sink, sent } = collect();
    const trace = startLambdaTrace({
      sink,
      functionName: 'order-validation',
      requestId: 'r',
      upstream,
    });

    trace.finish({
      invocation: { start: EPOCH, end: EPOCH + 3 },
      outcome: { kind: 'timeout', timeoutSeconds: 3 },
    });

    const handler = sent[1];
    expect(handler?.subsegments?.map((node) => node.name)).toEqual([
      'Invocation',
      'Overhead',
    ]);
    expect(handler?.fault).toBe(true);
    expect(handler?.subsegments?.[0]?.cause?.exceptions?.[0]?.message).toBe(
      'Task timed out after 3.00 seconds',
    );
  });

  it('adds Dwell Time and the attempt number for asynchronous invocations', () => {
    const { sink, sent } = collect();
    const trace = startLambdaTrace({
      sink,
      functionName: 'order-validation',
      requestId: 'r',
      upstream,
      invocationType: 'Event',
      receivedAt: EPOCH,
    });

    trace.finish({
      invocation: { start: EPOCH + 0.2, end: EPOCH + 0.4 },
      attempt: 2,
      outcome: { kind: 'function-error', errorType: 'Error', message: 'boom' },
    });

    const service = sent[0];
    expect(
      service?.subsegments?.map((node) => [node.name, node.start_time]),
    ).toEqual([
      ['Dwell Time', EPOCH],
      ['Attempt #2', EPOCH + 0.2],
    ]);
    expect(sent[1]?.cause).toMatchObject({ working_directory: '/var/task' });
    expect(sent[1]?.cause?.exceptions?.[0]).toMatchObject({
      type: 'Error',
      message: 'boom',
    });
  });

  it('sends nothing for an unsampled trace but still hands on the header', () => {
    const { sink, sent } = collect();
    const trace = startLambdaTrace({
      sink,
      functionName: 'f',
      requestId: 'r',
      upstream: { root: TRACE_ID, sampled: false },
    });

    trace.finish({
      invocation: { start: EPOCH, end: EPOCH + 1 },
      outcome: { kind: 'success' },
    });

    expect(sent).toEqual([]);
    expect(trace.functionTraceHeader).toContain('Sampled=0');
  });
});

describe('emitLambdaThrottle', () => {
  it('sends a 429 AWS::Lambda segment flagged as throttled', () => {
    const { sink, sent } = collect();

    emitLambdaThrottle({
      sink,
      functionName: 'payment-processing',
      requestId: 'r',
      upstream,
    });

    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      origin: 'AWS::Lambda',
      parent_id: CALLER,
      error: true,
      throttle: true,
      http: { response: { status: 429 } },
      cause: { exceptions: [{ type: 'TooManyRequestsException' }] },
    });
  });
});
