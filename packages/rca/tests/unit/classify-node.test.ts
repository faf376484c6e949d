import { describe, expect, it } from 'vitest';
import {
  classifyNode,
  readTraces,
  type SegmentDocument,
  traceTree,
} from '../../src/index.js';

const traceId = '1-65000001-000000000000000000000001';

function classify(call: Partial<SegmentDocument>) {
  const segment: SegmentDocument = {
    id: 'f000000000000001',
    trace_id: traceId,
    name: 'checkout',
    start_time: 100,
    end_time: 101,
    subsegments: [
      {
        id: 's000000000000001',
        name: 'DynamoDB',
        namespace: 'aws',
        start_time: 100.1,
        end_time: 100.2,
        ...call,
      },
    ],
  };
  const node = traceTree(readTraces([segment]), traceId)?.root.children[0];
  if (node === undefined) throw new Error('no node');

  return classifyNode(node);
}

function exception(type: string, message = '') {
  return { exceptions: [{ id: 'e000000000000001', type, message }] };
}

describe('classifyNode', () => {
  it('treats a 4xx that the Node SDK flagged as a fault as an error', () => {
    const outcome = classify({
      fault: true,
      http: { response: { status: 400 } },
      cause: exception('ConditionalCheckFailedException'),
    });

    expect(outcome).toBe('error');
  });

  it('treats a fault-flagged client exception without status as an error', () => {
    expect(
      classify({ fault: true, cause: exception('ValidationException') }),
    ).toBe('error');
  });

  it('reads throttling from the exception name even with status 400', () => {
    const outcome = classify({
      fault: true,
      http: { response: { status: 400 } },
      cause: exception('ProvisionedThroughputExceededException'),
    });

    expect(outcome).toBe('throttle');
  });

  it('reads throttling from status 429 and from the throttle flag', () => {
    expect(classify({ error: true, http: { response: { status: 429 } } })).toBe(
      'throttle',
    );
    expect(classify({ error: true, throttle: true })).toBe('throttle');
    expect(
      classify({
        fault: true,
        cause: exception('Amazon.Lambda.Model.TooManyRequestsException'),
      }),
    ).toBe('throttle');
  });

  it('does not call a transaction conflict a throttle', () => {
    const outcome = classify({
      fault: true,
      http: { response: { status: 400 } },
      cause: exception('TransactionConflictException'),
    });

    expect(outcome).toBe('error');
  });

  it('treats 5xx as a fault whatever the flags say', () => {
    expect(classify({ error: true, http: { response: { status: 503 } } })).toBe(
      'fault',
    );
  });

  it('reads timeouts from exceptions and gateway timeouts', () => {
    expect(
      classify({
        fault: true,
        cause: exception('Error', 'Task timed out after 3.00 seconds'),
      }),
    ).toBe('timeout');
    expect(
      classify({
        fault: true,
        cause: exception('TimeoutError', 'socket hang up'),
      }),
    ).toBe('timeout');
    expect(
      classify({
        fault: true,
        cause: exception('Error', 'connect ETIMEDOUT 10.0.0.1:443'),
      }),
    ).toBe('timeout');
    expect(classify({ fault: true, http: { response: { status: 504 } } })).toBe(
      'timeout',
    );
  });

  it('marks calls without an end as unfinished', () => {
    expect(classify({ end_time: undefined, in_progress: true })).toBe(
      'unfinished',
    );
  });

  it('accepts a call that succeeded after throttled retries', () => {
    const outcome = classify({
      throttle: true,
      http: { response: { status: 200 } },
      aws: { operation: 'PutItem', retries: 2 },
    });

    expect(outcome).toBe('ok');
  });
});

describe('classifyNode with wrapped SDK errors', () => {
  it('reads the client error code quoted by a botocore ClientError', () => {
    const outcome = classify({
      fault: true,
      cause: exception(
        'ClientError',
        'An error occurred (ConditionalCheckFailedException) when calling the PutItem operation',
      ),
    });

    expect(outcome).toBe('error');
  });

  it('keeps a wrapped server error a fault', () => {
    const outcome = classify({
      fault: true,
      cause: exception(
        'ClientError',
        'An error occurred (InternalServerError) when calling the PutItem operation',
      ),
    });

    expect(outcome).toBe('fault');
  });
});
