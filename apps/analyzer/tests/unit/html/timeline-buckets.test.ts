import type { RcaReport, TraceSummary } from '@org/rca';
import { describe, expect, it } from 'vitest';
import {
  changePoint,
  timelineBuckets,
} from '../../../src/html/timeline-buckets.js';

function trace(
  start: number,
  duration: number,
  fields: Partial<TraceSummary> = {},
): TraceSummary {
  return {
    id: `1-${start}`,
    start,
    duration,
    error: false,
    fault: false,
    throttle: false,
    slow: false,
    affected: false,
    ...fields,
  };
}

function report(fields: Partial<RcaReport>): RcaReport {
  return {
    tracesAnalyzed: 0,
    tracesWithIssues: 0,
    rootCauses: [],
    baseline: { kind: 'none', traces: 0 },
    traces: [],
    serviceGraph: [],
    ...fields,
  };
}

describe('timelineBuckets', () => {
  it('counts requests and failures per slice and takes their p99', () => {
    const buckets = timelineBuckets(
      [
        trace(0, 100),
        trace(1000, 300),
        trace(2000, 2500, { throttle: true }),
        trace(3000, 3000, { fault: true }),
      ],
      2,
    );

    expect(buckets).toHaveLength(2);
    expect(buckets[0]).toMatchObject({ requests: 2, failed: 0, p99: 300 });
    expect(buckets[1]).toMatchObject({ requests: 2, failed: 2, p99: 3000 });
    expect(buckets[1]?.end).toBe(3000);
  });

  it('leaves the p99 of an empty slice undefined', () => {
    const buckets = timelineBuckets([trace(0, 10), trace(9000, 20)], 3);

    expect(buckets.map((bucket) => bucket.requests)).toEqual([1, 0, 1]);
    expect(buckets[1]?.p99).toBeUndefined();
  });

  it('makes one slice per four traces by default', () => {
    const traces = Array.from({ length: 12 }, (_, index) =>
      trace(index * 1000, 10),
    );

    expect(timelineBuckets(traces)).toHaveLength(3);
    expect(timelineBuckets([])).toEqual([]);
  });
});

describe('changePoint', () => {
  it('starts at the derived outage window when the engine derived one', () => {
    const point = changePoint(
      report({
        baseline: {
          kind: 'derived',
          traces: 20,
          windowStart: 5000,
          windowEnd: 9000,
        },
        traces: [trace(7000, 10, { affected: true })],
      }),
    );

    expect(point).toEqual({
      kind: 'derived-window',
      at: 5000,
      windowEnd: 9000,
    });
  });

  it('falls back to the first trace a cause explains', () => {
    const point = changePoint(
      report({
        baseline: { kind: 'explicit', traces: 30 },
        traces: [
          trace(1000, 10),
          trace(4000, 10, { affected: true }),
          trace(3000, 10, { affected: true }),
        ],
      }),
    );

    expect(point).toEqual({ kind: 'first-affected', at: 3000 });
  });

  it('finds none when no trace is explained', () => {
    expect(changePoint(report({ traces: [trace(0, 10)] }))).toBeUndefined();
  });
});
