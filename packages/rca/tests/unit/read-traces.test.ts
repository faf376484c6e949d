import { describe, expect, it } from 'vitest';
import {
  mergeTraceSets,
  readTraces,
  TraceInputError,
  traceTree,
} from '../../src/index.js';
import { lambdaInvocation, putOrder, traceIdOf } from './trace-builders.js';

const documents = lambdaInvocation({ index: 1, calls: [putOrder()] });
const traceId = traceIdOf(1);
const page = {
  Traces: [
    {
      Id: traceId,
      Duration: 0.05,
      Segments: documents.map((document) => ({
        Id: document.id,
        Document: JSON.stringify(document),
      })),
    },
  ],
};

function thrown(action: () => unknown): TraceInputError {
  try {
    action();
  } catch (error) {
    if (error instanceof TraceInputError) return error;
    throw error;
  }
  throw new Error('expected a TraceInputError');
}

describe('readTraces', () => {
  it('reads a BatchGetTraces response given as JSON text', () => {
    const traces = readTraces(JSON.stringify(page));

    expect(traces.traces.map((trace) => trace.id)).toEqual([traceId]);
    expect(traceTree(traces, traceId)?.nodes.length).toBe(4);
  });

  it('reads an array of pages and the parsed response of the SDK', () => {
    const second = lambdaInvocation({ index: 2 });
    const secondPage = {
      Traces: [
        {
          Id: traceIdOf(2),
          Segments: second.map((document) => ({
            Id: document.id,
            Document: JSON.stringify(document),
          })),
        },
      ],
    };

    expect(readTraces(JSON.stringify([page, secondPage])).traces).toHaveLength(
      2,
    );
    expect(readTraces(page).traces).toHaveLength(1);
  });

  it('reads NDJSON with daemon headers, blank lines and lone subsegments', () => {
    const [serviceSegment, functionSegment] = documents;
    const loneSubsegment = {
      id: 'aaaa000000000001',
      trace_id: traceId,
      parent_id: functionSegment?.id,
      type: 'subsegment',
      name: 'SQS',
      namespace: 'aws',
      start_time: 1_700_000_001.01,
      end_time: 1_700_000_001.02,
    };
    const text = [
      '{"format":"json","version":1}',
      JSON.stringify(serviceSegment),
      '',
      '{"format":"json","version":1}',
      JSON.stringify(functionSegment),
      JSON.stringify(loneSubsegment),
      '',
    ].join('\n');

    const tree = traceTree(readTraces(text), traceId);

    const lone = tree?.nodes.find((node) => node.id === loneSubsegment.id);
    expect(lone?.parent?.id).toBe(functionSegment?.id);
  });

  it('reads an array of raw segment document objects', () => {
    const traces = readTraces(documents);

    expect(traces.byId.get(traceId)?.documents).toHaveLength(2);
  });

  it('names the line of NDJSON that is not JSON', () => {
    const text = `${JSON.stringify(documents[0])}\n{"id": oops}\n`;

    const error = thrown(() => readTraces(text, { source: 'segments.ndjson' }));

    expect(error.line).toBe(2);
    expect(error.source).toBe('segments.ndjson');
    expect(error.message).toContain('segments.ndjson, line 2');
  });

  it('names the field of a trace without an Id', () => {
    const error = thrown(() => readTraces({ Traces: [{ Segments: [] }] }));

    expect(error.field).toBe('Traces[0].Id');
  });

  it('refuses a Document that is not a JSON object string', () => {
    const bad = {
      Traces: [{ Id: traceId, Segments: [{ Id: 'a', Document: 42 }] }],
    };

    const error = thrown(() => readTraces(bad));

    expect(error.field).toBe('Traces[0].Segments[0].Document');
    expect(error.message).toContain('42');
  });

  it('reports a Document with broken JSON when the trace is assembled', () => {
    const bad = {
      Traces: [{ Id: traceId, Segments: [{ Id: 'a', Document: '{"id": }' }] }],
    };
    const traces = readTraces(bad, { source: 'traces.json' });

    const error = thrown(() => traceTree(traces, traceId));

    expect(error.source).toBe('traces.json');
    expect(error.field).toBe(`trace ${traceId} document 0`);
  });

  it('refuses raw documents without a trace_id and text that is not JSON', () => {
    const { trace_id: _dropped, ...withoutTraceId } = documents[0] ?? {};

    expect(thrown(() => readTraces([withoutTraceId])).field).toBe(
      '[0].trace_id',
    );
    expect(thrown(() => readTraces('hello')).line).toBe(1);
    expect(thrown(() => readTraces({ Traces: 'none' })).field).toBe('Traces');
  });
});

describe('mergeTraceSets', () => {
  it('joins the documents of a trace that arrived in two sets', () => {
    const [serviceSegment, functionSegment] = documents;
    const merged = mergeTraceSets(
      readTraces([serviceSegment]),
      readTraces([functionSegment]),
    );

    expect(merged.traces).toHaveLength(1);
    expect(traceTree(merged, traceId)?.root.children[0]?.id).toBe(
      functionSegment?.id,
    );
  });

  it('joins the documents of a trace split over two pages, in page order', () => {
    const [first, ...rest] = page.Traces[0]?.Segments ?? [];
    const split = [
      { Traces: [{ Id: traceId, Segments: [first] }] },
      { Traces: [{ Id: traceIdOf(2), Segments: [] }] },
      { Traces: [{ Id: traceId, Segments: rest }] },
    ];
    const traces = readTraces(JSON.stringify(split));

    expect(traces.traces.map((trace) => trace.id)).toEqual([traceId]);
    expect(traces.byId.get(traceId)?.documents).toEqual(
      page.Traces[0]?.Segments.map((segment) => segment.Document),
    );
  });
});
