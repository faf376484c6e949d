import { describe, expect, it } from 'vitest';
import {
  assembleTrace,
  buildServiceGraph,
  createSegmentStore,
} from '../../../src/xray/index.js';
import { EPOCH, segment, TRACE_ID } from './segment-fixtures.js';

describe('buildServiceGraph', () => {
  it('links client, function and inferred nodes with counted edges', () => {
    const store = createSegmentStore();
    const root = segment({
      name: 'payment-processing',
      origin: 'AWS::Lambda::Function',
    });
    root.subsegments = [
      {
        id: '00000000000000a1',
        name: 'DynamoDB',
        namespace: 'aws',
        start_time: EPOCH,
        end_time: EPOCH + 0.25,
        throttle: true,
        error: true,
      },
      {
        id: '00000000000000a2',
        name: 'DynamoDB',
        namespace: 'aws',
        start_time: EPOCH + 0.3,
        end_time: EPOCH + 0.5,
      },
      {
        id: '00000000000000a3',
        name: 'payments',
        namespace: 'remote',
        start_time: EPOCH + 0.5,
        end_time: EPOCH + 0.9,
        fault: true,
        http: {
          request: { url: 'http://127.0.0.1:4010/charges' },
          response: { status: 503 },
        },
      },
    ];
    store.put(root);
    const stored = store.getTrace(TRACE_ID);
    if (!stored) throw new Error('the trace was not stored');

    const graph = buildServiceGraph([assembleTrace(stored)]);

    const byName = new Map(graph.map((node) => [node.Name ?? node.Type, node]));
    const lambda = byName.get('payment-processing');
    const table = byName.get('DynamoDB');
    const remote = byName.get('127.0.0.1');
    expect(lambda?.Root).toBe(true);
    expect(table?.Type).toBe('AWS::DynamoDB::Table');
    expect(remote?.Type).toBe('remote');
    const toTable = lambda?.Edges.find(
      (edge) => edge.ReferenceId === table?.ReferenceId,
    );
    expect(toTable?.SummaryStatistics).toMatchObject({
      OkCount: 1,
      TotalCount: 2,
      ErrorStatistics: { ThrottleCount: 1, TotalCount: 1 },
    });
    const toRemote = lambda?.Edges.find(
      (edge) => edge.ReferenceId === remote?.ReferenceId,
    );
    expect(toRemote?.SummaryStatistics.FaultStatistics.TotalCount).toBe(1);
    const client = byName.get('client');
    expect(client?.Edges[0]?.ReferenceId).toBe(lambda?.ReferenceId);
  });
});
