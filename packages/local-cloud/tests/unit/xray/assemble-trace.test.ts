import { describe, expect, it } from 'vitest';
import {
  assembleTrace,
  createSegmentStore,
  type SegmentDocument,
} from '../../../src/xray/index.js';
import { EPOCH, segment, subsegment, TRACE_ID } from './segment-fixtures.js';

function assembled(documents: SegmentDocument[]) {
  const store = createSegmentStore();
  for (const document of documents) store.put(document);
  const stored = store.getTrace(TRACE_ID);
  if (!stored) throw new Error('the trace was not stored');
  return assembleTrace(stored);
}

describe('assembleTrace', () => {
  it('nests separately sent subsegments at the depth of their parent', () => {
    const root = segment();
    const handler = subsegment(root.id, { name: 'handler' });
    const putItem = subsegment(handler.id, {
      name: 'DynamoDB',
      start_time: EPOCH + 0.2,
    });

    const trace = assembled([putItem, root, handler]);

    const [merged] = trace.segments;
    expect(merged?.subsegments?.map((node) => node.name)).toEqual(['handler']);
    expect(merged?.subsegments?.[0]?.subsegments?.[0]?.id).toBe(putItem.id);
    expect(merged?.subsegments?.[0]).not.toHaveProperty('type');
    expect(merged?.subsegments?.[0]).not.toHaveProperty('trace_id');
    expect(trace.isPartial).toBe(false);
  });

  it('marks the trace partial when a subsegment has no parent', () => {
    const trace = assembled([segment(), subsegment('0123456789abcdef')]);

    expect(trace.isPartial).toBe(true);
    expect(trace.segments).toHaveLength(1);
  });

  it('adds an inferred segment for an AWS SDK call', () => {
    const root = segment();
    root.subsegments = [
      {
        id: '00000000000000d1',
        name: 'DynamoDB',
        namespace: 'aws',
        start_time: EPOCH + 0.1,
        end_time: EPOCH + 0.3,
        throttle: true,
        error: true,
        aws: { operation: 'PutItem', table_name: 'orders' },
      },
    ];

    const inferred = assembled([root]).segments[1];

    expect(inferred).toMatchObject({
      name: 'DynamoDB',
      inferred: true,
      origin: 'AWS::DynamoDB::Table',
      parent_id: '00000000000000d1',
      throttle: true,
      aws: { operation: 'PutItem', table_name: 'orders' },
    });
  });

  it('infers no segment for a call whose service sent its own segment', () => {
    const caller = segment();
    caller.subsegments = [
      {
        id: '00000000000000e1',
        name: 'Lambda',
        namespace: 'aws',
        start_time: EPOCH,
        end_time: EPOCH + 1,
      },
    ];
    const callee = segment({
      name: 'fulfillment',
      origin: 'AWS::Lambda',
      parent_id: '00000000000000e1',
    });

    const trace = assembled([caller, callee]);

    expect(trace.segments.map((node) => node.name)).toEqual([
      'order-validation',
      'fulfillment',
    ]);
    expect(trace.root?.id).toBe(caller.id);
  });

  it('measures the duration from the first start to the last end', () => {
    const trace = assembled([
      segment({ offset: 0, end_time: EPOCH + 0.5 }),
      segment({ offset: 0.25, end_time: EPOCH + 2.125 }),
    ]);

    expect(trace.duration).toBe(2.125);
  });
});
