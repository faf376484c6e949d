import { describe, expect, it } from 'vitest';
import {
  type SegmentDocument,
  seededRandom,
  segmentProblems,
  TraceDraft,
  toBatchGetTracesPage,
  toDaemonNdjson,
} from '../../src/index.js';
import { apiToLambdaTrace } from './sample-traces.js';

const emitters = ['node', 'python', 'java', 'go', 'dotnet'] as const;

function allSubsegments(document: SegmentDocument): SegmentDocument[] {
  return (document.subsegments ?? []).flatMap((child) => [
    child,
    ...allSubsegments(child),
  ]);
}

describe('trace builders', () => {
  it.each(emitters)(
    'write valid segment documents for the %s SDK',
    (emitter) => {
      const trace = apiToLambdaTrace(seededRandom(3), {
        emitter,
        throttled: true,
        hung: true,
      });

      const problems = trace.segments.flatMap((segment) =>
        segmentProblems(segment),
      );

      expect(problems).toEqual([]);
      expect(trace.segments.map((segment) => segment.origin)).toEqual([
        'AWS::ApiGateway::Stage',
        'AWS::Lambda',
        'AWS::Lambda::Function',
      ]);
    },
  );

  it('chains the segments of a request through parent ids', () => {
    const [stage, service, fn] = apiToLambdaTrace(seededRandom(4), {
      emitter: 'node',
    }).segments;

    expect(service?.parent_id).toBe(stage?.subsegments?.[0]?.id);
    expect(fn?.parent_id).toBe(service?.id);
    expect(fn?.subsegments?.map((child) => child.name)).toEqual([
      'Initialization',
      'Invocation',
      'DynamoDB',
      'api.payments.example',
      'Overhead',
    ]);
  });

  it('flags a throttled DynamoDB call as each SDK does', () => {
    const flagsOf = (emitter: (typeof emitters)[number]) => {
      const trace = apiToLambdaTrace(seededRandom(5), {
        emitter,
        throttled: true,
      });
      const call = trace.segments
        .flatMap(allSubsegments)
        .find(
          (subsegment) =>
            subsegment.namespace === 'aws' &&
            subsegment.aws?.operation === 'PutItem',
        );

      return {
        name: call?.name,
        throttle: call?.throttle ?? false,
        error: call?.error ?? false,
        fault: call?.fault ?? false,
      };
    };

    expect(flagsOf('node')).toEqual({
      name: 'DynamoDB',
      throttle: true,
      error: true,
      fault: true,
    });
    expect(flagsOf('python')).toEqual({
      name: 'dynamodb',
      throttle: false,
      error: true,
      fault: true,
    });
    expect(flagsOf('java')).toEqual({
      name: 'DynamoDb',
      throttle: true,
      error: true,
      fault: false,
    });
    expect(flagsOf('dotnet')).toEqual({
      name: 'DynamoDBv2',
      throttle: false,
      error: true,
      fault: false,
    });
  });

  it('records a Lambda timeout with an in-progress call and a fault', () => {
    const trace = apiToLambdaTrace(seededRandom(6), {
      emitter: 'node',
      hung: true,
    });
    const fn = trace.segments.find(
      (segment) => segment.origin === 'AWS::Lambda::Function',
    );
    const hung = fn?.subsegments?.find((child) => child.namespace === 'remote');

    expect(hung?.in_progress).toBe(true);
    expect(hung?.end_time).toBeUndefined();
    expect(fn?.fault).toBe(true);
    expect(JSON.stringify(fn?.cause)).toContain(
      'Task timed out after 6.00 seconds',
    );
    expect(trace.segments[0]?.http?.response?.status).toBe(502);
  });

  it('is deterministic for a seed and varies across seeds', () => {
    const render = (seed: number) =>
      toDaemonNdjson([apiToLambdaTrace(seededRandom(seed), { emitter: 'go' })]);

    expect(render(11)).toBe(render(11));
    expect(render(11)).not.toBe(render(12));
  });
});

describe('emitter details', () => {
  it('writes no retries for the Python SDK and the count for the others', () => {
    const retriesOf = (emitter: (typeof emitters)[number]) => {
      const trace = apiToLambdaTrace(seededRandom(9), {
        emitter,
        throttled: true,
      });
      const call = trace.segments
        .flatMap(allSubsegments)
        .find((subsegment) => subsegment.aws?.operation === 'PutItem');

      return call?.aws?.retries;
    };

    expect(retriesOf('python')).toBeUndefined();
    expect(retriesOf('node')).toBe(9);
  });

  it('keeps streamed children of a dropped subsegment, pointing at it', () => {
    const draft = new TraceDraft(seededRandom(10), Date.UTC(2026, 11, 1));
    const segment = draft.segment({ name: 'fn', startMs: draft.startMs });
    const handler = draft.subsegment(
      segment,
      { name: '## index.handler', startMs: draft.startMs + 1 },
      { sentAlone: true },
    );
    const call = draft.subsegment(
      handler,
      { name: 'DynamoDB', namespace: 'aws', startMs: draft.startMs + 2 },
      { sentAlone: true },
    );
    draft.close(call, draft.startMs + 9);
    draft.drop(segment, handler);
    draft.close(segment, draft.startMs + 3000);

    const documents = draft.build().segments;

    expect(documents).toHaveLength(2);
    expect(documents[1]).toMatchObject({
      id: call.id,
      type: 'subsegment',
      parent_id: handler.id,
      trace_id: draft.id,
    });
    expect(segment.subsegments ?? []).toEqual([]);
  });
});

describe('trace outputs', () => {
  const traces = [
    apiToLambdaTrace(seededRandom(7), { emitter: 'node', throttled: true }),
    apiToLambdaTrace(seededRandom(8), { emitter: 'python', hung: true }),
  ];

  it('writes a BatchGetTraces page whose documents parse back', () => {
    const page = JSON.parse(JSON.stringify(toBatchGetTracesPage(traces)));

    expect(page.Traces).toHaveLength(2);
    for (const [index, trace] of page.Traces.entries()) {
      const documents: SegmentDocument[] = trace.Segments.map(
        (segment: { Document: string }) => JSON.parse(segment.Document),
      );
      expect(trace.Id).toBe(traces[index]?.id);
      expect(documents.filter((document) => !document.inferred)).toEqual(
        traces[index]?.segments,
      );
      expect(trace.Duration).toBeGreaterThan(0.5);
    }
  });

  it('adds the inferred DynamoDB segment of a finished call, with its flags', () => {
    const [throttled] = traces;
    const page = toBatchGetTracesPage([throttled!]);
    const documents = page.Traces[0]!.Segments.map(
      (segment) => JSON.parse(segment.Document) as SegmentDocument,
    );
    const call = documents
      .flatMap(allSubsegments)
      .find((subsegment) => subsegment.name === 'DynamoDB');
    const inferred = documents.filter((document) => document.inferred);

    expect(inferred).toHaveLength(1);
    expect(inferred[0]).toMatchObject({
      name: 'DynamoDB',
      origin: 'AWS::DynamoDB::Table',
      parent_id: call?.id,
      throttle: true,
      aws: { table_name: 'orders', operation: 'PutItem' },
    });
    expect(inferred[0]?.id).toMatch(/^[0-9a-f]{16}$/);
    expect(inferred[0]?.id).not.toBe(call?.id);
    expect(
      toBatchGetTracesPage([throttled!], { inferred: false }).Traces[0]
        ?.Segments,
    ).toHaveLength(3);
  });

  it('streams handler subsegments alone in NDJSON and they reassemble', () => {
    const lines = toDaemonNdjson(traces)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as SegmentDocument);
    const alone = lines.filter((line) => line.type === 'subsegment');
    const byId = new Map<string, SegmentDocument>();
    for (const line of lines) {
      byId.set(line.id, line);
      for (const child of allSubsegments(line)) byId.set(child.id, child);
    }
    for (const subsegment of alone) {
      const parent = byId.get(subsegment.parent_id ?? '');
      parent!.subsegments = [...(parent!.subsegments ?? []), subsegment];
    }

    expect(alone.map((line) => line.name).sort()).toEqual(
      [
        'DynamoDB',
        'api.payments.example',
        'dynamodb',
        'api.payments.example',
      ].sort(),
    );
    for (const subsegment of alone) {
      expect(subsegment.trace_id).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    }
    const ids = (documents: SegmentDocument[]) =>
      documents
        .flatMap((document) => [
          document.id,
          ...allSubsegments(document).map((child) => child.id),
        ])
        .sort();
    expect(ids(lines.filter((line) => line.type !== 'subsegment'))).toEqual(
      ids(traces.flatMap((trace) => trace.segments)),
    );
  });
});
