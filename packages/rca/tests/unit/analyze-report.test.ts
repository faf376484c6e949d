import { describe, expect, it } from 'vitest';
import { analyze, readTraces, type SegmentDocument } from '../../src/index.js';
import {
  chargeCard,
  invocations,
  putOrder,
  throttledPutOrder,
} from './trace-builders.js';

function outage(count: number, secondCause: boolean): SegmentDocument[] {
  return invocations(count, (index) => {
    if (index < count / 2)
      return { functionName: 'checkout', calls: [putOrder(), chargeCard()] };
    if (index % 2 === 0) {
      return {
        functionName: 'checkout',
        calls: [throttledPutOrder()],
        failure: { message: 'throttled' },
      };
    }
    if (secondCause) {
      return {
        functionName: 'checkout',
        calls: [putOrder(), chargeCard({ status: 503, fault: true })],
        failure: { message: 'payment failed' },
      };
    }

    return { functionName: 'checkout', calls: [putOrder(), chargeCard()] };
  });
}

describe('analyze: ranking and confidence', () => {
  it('is surer of a single cause than of two competing ones', () => {
    const single = analyze(readTraces(outage(120, false)));
    const double = analyze(readTraces(outage(120, true)));

    expect(single.rootCauses[0]?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(double.rootCauses).toHaveLength(2);
    expect(double.rootCauses[0]?.confidence).toBeLessThan(0.8);
    expect(double.rootCauses[1]?.confidence).toBeLessThanOrEqual(
      double.rootCauses[0]?.confidence ?? 0,
    );
    expect(double.rootCauses.map((cause) => cause.rank)).toEqual([1, 2]);
  });

  it('returns at most `top` causes', () => {
    expect(
      analyze(readTraces(outage(120, true)), { top: 1 }).rootCauses,
    ).toHaveLength(1);
  });
});

describe('analyze: report', () => {
  it('gives the same report for the same traces in any order', () => {
    const documents = outage(80, true);

    const first = analyze(readTraces(documents));
    const again = analyze(readTraces([...documents].reverse()));

    expect(again).toEqual(first);
  });

  it('summarises every trace for a timeline and marks the affected ones', () => {
    const report = analyze(readTraces(outage(80, false)));

    expect(report.tracesAnalyzed).toBe(80);
    expect(report.traces).toHaveLength(80);
    const affected = report.traces.filter((trace) => trace.affected);
    expect(affected).toHaveLength(20);
    expect(
      affected.every((trace) => trace.rootCauseRank === 1 && trace.fault),
    ).toBe(true);
    expect(report.tracesWithIssues).toBe(20);
  });

  it('draws the service graph from caller to callee with failures', () => {
    const report = analyze(readTraces(outage(80, false)));

    const edge = report.serviceGraph.find(
      (item) => item.caller === 'checkout' && item.callee === 'DynamoDB',
    );
    expect(edge).toMatchObject({ calls: 80, failures: 20 });
    expect(edge?.p99).toBeGreaterThanOrEqual(edge?.p50 ?? 0);
  });
});
