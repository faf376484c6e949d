import { describe, expect, it } from 'vitest';
import {
  readTraces,
  type SegmentDocument,
  traceTree,
} from '../../src/index.js';

const traceId = '1-65000001-000000000000000000000001';

function tree(documents: SegmentDocument[]) {
  const withTrace = documents.map((document) => ({
    trace_id: traceId,
    ...document,
  }));
  const result = traceTree(readTraces(withTrace), traceId);
  if (result === undefined) throw new Error('no tree');

  return result;
}

const functionSegment: SegmentDocument = {
  id: 'f000000000000001',
  name: 'checkout',
  origin: 'AWS::Lambda::Function',
  start_time: 100,
  end_time: 101,
  subsegments: [
    {
      id: 's000000000000001',
      name: 'DynamoDB',
      namespace: 'aws',
      start_time: 100.1,
      end_time: 100.2,
    },
  ],
};

describe('assembleTree', () => {
  it('hangs nested subsegments under their segment', () => {
    const result = tree([functionSegment]);

    expect(result.root.id).toBe('f000000000000001');
    expect(result.root.children.map((node) => node.name)).toEqual(['DynamoDB']);
    expect(result.nodes[1]?.segment).toBe(result.root);
  });

  it('hangs a downstream segment under the subsegment that called it', () => {
    const table: SegmentDocument = {
      id: 't000000000000001',
      parent_id: 's000000000000001',
      name: 'DynamoDB',
      origin: 'AWS::DynamoDB::Table',
      start_time: 100.11,
      end_time: 100.19,
    };

    const result = tree([table, functionSegment]);

    const call = result.nodes.find((node) => node.id === 's000000000000001');
    expect(call?.children.map((node) => node.id)).toEqual(['t000000000000001']);
    expect(result.root.id).toBe('f000000000000001');
  });

  it('keeps an orphan under the segment whose time span holds it', () => {
    const orphan: SegmentDocument = {
      id: 'o000000000000001',
      parent_id: 'missing000000001',
      type: 'subsegment',
      name: 'SQS',
      namespace: 'aws',
      start_time: 100.5,
      in_progress: true,
    };
    const caller: SegmentDocument = {
      id: 'a000000000000001',
      name: 'api',
      start_time: 99,
      end_time: 102,
    };

    const result = tree([
      caller,
      { ...functionSegment, parent_id: caller.id },
      orphan,
    ]);

    const kept = result.nodes.find((node) => node.id === orphan.id);
    expect(kept?.orphan).toBe(true);
    expect(kept?.parent?.id).toBe(functionSegment.id);
    expect(kept?.end).toBeUndefined();
  });

  it('keeps the finished copy of a document sent twice', () => {
    const inProgress: SegmentDocument = {
      id: functionSegment.id,
      name: 'checkout',
      start_time: 100,
      in_progress: true,
    };

    const result = tree([inProgress, functionSegment]);

    expect(result.nodes).toHaveLength(2);
    expect(result.root.end).toBe(101);
    expect(result.finished).toBe(true);
  });

  it('breaks a loop of parents instead of losing its documents', () => {
    const first: SegmentDocument = {
      id: 'l000000000000001',
      parent_id: 'l000000000000002',
      name: 'one',
      start_time: 100.2,
      end_time: 100.3,
    };
    const second: SegmentDocument = {
      id: 'l000000000000002',
      parent_id: 'l000000000000001',
      name: 'two',
      start_time: 100.4,
      end_time: 100.5,
    };

    const result = tree([functionSegment, first, second]);

    expect(result.nodes.map((node) => node.id).sort()).toEqual([
      'f000000000000001',
      'l000000000000001',
      'l000000000000002',
      's000000000000001',
    ]);
  });

  it('spans the trace from the earliest start to the latest end', () => {
    const skewed: SegmentDocument = {
      ...functionSegment,
      subsegments: [
        {
          id: 's000000000000002',
          name: 'late',
          start_time: 100.9,
          end_time: 101.05,
        },
      ],
    };

    const result = tree([skewed]);

    expect(result.start).toBe(100);
    expect(result.end).toBe(101.05);
  });

  it('orders children by start, then by id, whatever order they came in', () => {
    const call = (id: string, start: number) => ({
      id,
      name: 'DynamoDB',
      namespace: 'aws',
      start_time: start,
      end_time: start + 0.05,
    });
    const result = tree([
      {
        ...functionSegment,
        subsegments: [
          call('c000000000000003', 100.3),
          call('c000000000000002', 100.1),
          call('c000000000000001', 100.1),
          call('c000000000000004', 100.5),
        ],
      },
    ]);

    expect(result.root.children.map((child) => child.id)).toEqual([
      'c000000000000001',
      'c000000000000002',
      'c000000000000003',
      'c000000000000004',
    ]);
  });
});
