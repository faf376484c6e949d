import { describe, expect, it } from 'vitest';
import {
  locateNode,
  readTraces,
  type SegmentDocument,
  traceTree,
} from '../../src/index.js';

const traceId = '1-65000001-000000000000000000000001';

function locate(call: Partial<SegmentDocument>) {
  const segment: SegmentDocument = {
    id: 'f000000000000001',
    trace_id: traceId,
    name: 'order-validation',
    origin: 'AWS::Lambda::Function',
    start_time: 100,
    end_time: 101,
    subsegments: [
      { id: 's000000000000001', start_time: 100.1, end_time: 100.2, ...call },
    ],
  };
  const node = traceTree(readTraces([segment]), traceId)?.root.children[0];
  if (node === undefined) throw new Error('no node');
  const { service, resource, operation } = locateNode(node);

  return { service, resource, operation };
}

describe('locateNode', () => {
  it('names AWS SDK calls by service, resource and operation', () => {
    expect(
      locate({
        name: 'dynamodb',
        namespace: 'aws',
        aws: { operation: 'PutItem', table_name: 'orders' },
      }),
    ).toEqual({
      service: 'DynamoDB',
      resource: 'orders',
      operation: 'PutItem',
    });
  });

  it('shortens queue URLs and ARNs to resource names', () => {
    const queue = locate({
      name: 'SQS',
      namespace: 'aws',
      aws: {
        operation: 'SendMessage',
        queue_url:
          'https://sqs.eu-west-1.amazonaws.com/123456789012/order-events',
      },
    });
    const stateMachine = locate({
      name: 'SFN',
      namespace: 'aws',
      aws: {
        operation: 'StartExecution',
        state_machine_arn: 'arn:aws:states:eu-west-1:1:stateMachine:fulfilment',
      },
    });

    expect(queue.resource).toBe('order-events');
    expect(stateMachine).toEqual({
      service: 'StepFunctions',
      resource: 'fulfilment',
      operation: 'StartExecution',
    });
  });

  it('names HTTP calls by host, with ids in the path made generic', () => {
    const call = locate({
      name: 'api.payments.example',
      namespace: 'remote',
      http: {
        request: {
          method: 'post',
          url: 'https://api.payments.example:8443/v1/charges/123456/capture?x=1',
        },
      },
    });

    expect(call).toEqual({
      service: 'api.payments.example',
      resource: 'api.payments.example',
      operation: 'POST /v1/charges/{id}',
    });
  });

  it('names the function for its own subsegments', () => {
    expect(locate({ name: '## handler' }).service).toBe('order-validation');
  });
});

describe('locateNode with other SDKs', () => {
  it('reads the service from names that carry the operation too', () => {
    const call = locate({
      name: 'DynamoDB.PutItem',
      namespace: 'aws',
      aws: { operation: 'PutItem', table_name: 'orders' },
    });

    expect(call.service).toBe('DynamoDB');
  });
});
