import { describe, expect, it } from 'vitest';
import { analyze, readTraces } from '../../src/index.js';
import { chargeCard, invocations, putOrder } from './trace-builders.js';

describe('analyze: latency', () => {
  it('blames the call whose own time grew, not the function waiting on it', () => {
    const documents = invocations(160, (index) => ({
      functionName: 'checkout',
      calls: [putOrder({ duration: index >= 80 ? 0.4 : 0.012 }), chargeCard()],
    }));

    const report = analyze(readTraces(documents));

    expect(report.rootCauses[0]).toMatchObject({
      service: 'DynamoDB',
      resource: 'orders',
      kind: 'latency',
      tracesAffected: 80,
    });
    expect(
      report.rootCauses.some((cause) => cause.service === 'checkout'),
    ).toBe(false);
    const latency = report.rootCauses[0]?.evidence.find(
      (item) => item.kind === 'latency',
    );
    expect(latency).toMatchObject({
      baseline: { p50: 12 },
      window: { p50: 400 },
    });
  });

  it('counts every trace where a call grew past the baseline, not only the far slower ones', () => {
    // One read in ten is already slow in the baseline (60 ms): a third of
    // the window's reads at 75 ms grew past its 95th percentile without
    // being half as slow again; one in twenty at 120 ms are.
    const baseline = invocations(100, (index) => ({
      functionName: 'checkout',
      calls: [
        putOrder({ duration: index % 10 === 0 ? 0.06 : 0.012 }),
        chargeCard(),
      ],
    }));
    const read = (index: number) =>
      index % 20 === 0 ? 0.12 : index % 3 === 1 ? 0.075 : 0.012;
    const window = invocations(120, (index) => ({
      functionName: 'checkout',
      calls: [putOrder({ duration: read(index) }), chargeCard()],
    }));
    const slowReads = Array.from({ length: 120 }, (_, index) =>
      read(index),
    ).filter((seconds) => seconds > 0.06).length;

    const report = analyze(readTraces(window), {
      baseline: readTraces(baseline),
    });

    expect(report.rootCauses[0]).toMatchObject({
      service: 'DynamoDB',
      resource: 'orders',
      kind: 'latency',
      tracesAffected: slowReads,
    });
  });

  it('compares with an explicit baseline when one is given', () => {
    const baseline = invocations(100, () => ({
      functionName: 'checkout',
      calls: [putOrder(), chargeCard()],
    }));
    const window = invocations(60, () => ({
      functionName: 'checkout',
      calls: [putOrder(), chargeCard({ duration: 0.9 })],
    }));

    const report = analyze(readTraces(window), {
      baseline: readTraces(baseline),
    });

    expect(report.baseline).toMatchObject({ kind: 'explicit', traces: 100 });
    expect(report.rootCauses[0]).toMatchObject({
      service: 'api.payments.example',
      kind: 'latency',
    });
  });

  it('blames slow cold starts on the function initialisation', () => {
    const documents = invocations(160, (index) => {
      const coldStart =
        index % 40 === 0 ? 0.2 : index >= 80 && index % 3 === 0 ? 2.5 : 0;
      return {
        functionName: 'checkout',
        calls: [putOrder(), chargeCard()],
        initialization: coldStart,
      };
    });

    const report = analyze(readTraces(documents));

    expect(report.rootCauses[0]).toMatchObject({
      service: 'checkout',
      kind: 'cold-start',
    });
  });

  it('finds no latency cause when durations stay alike', () => {
    const documents = invocations(120, (index) => ({
      functionName: 'checkout',
      calls: [putOrder({ duration: 0.01 + (index % 7) * 0.001 }), chargeCard()],
    }));

    const report = analyze(readTraces(documents));

    expect(report.rootCauses).toEqual([]);
    expect(report.tracesWithIssues).toBe(0);
  });
});

describe('analyze: retries that succeeded', () => {
  it('reports throttled retries only when they recur heavily', () => {
    const retried = putOrder({ throttle: true, retries: 2 });
    const rare = invocations(160, (index) => ({
      functionName: 'checkout',
      calls: [index % 40 === 0 ? retried : putOrder(), chargeCard()],
    }));
    const heavy = invocations(160, (index) => ({
      functionName: 'checkout',
      calls: [
        index >= 80 && index % 2 === 0 ? retried : putOrder(),
        chargeCard(),
      ],
    }));

    expect(analyze(readTraces(rare)).rootCauses).toEqual([]);
    expect(analyze(readTraces(heavy)).rootCauses[0]).toMatchObject({
      service: 'DynamoDB',
      resource: 'orders',
      kind: 'throttle',
      tracesAffected: 40,
    });
  });
});

describe('analyze: latency of one call inside long traces', () => {
  it('finds a call that got ten times slower though traces barely did', () => {
    const documents = invocations(160, (index) => ({
      functionName: 'checkout',
      calls: [
        putOrder({
          duration:
            index >= 100
              ? 0.12 + (index % 5) * 0.001
              : 0.012 + (index % 5) * 0.001,
        }),
        chargeCard({ duration: 0.3 + (index % 7) * 0.01 }),
      ],
    }));

    const report = analyze(readTraces(documents));

    expect(report.rootCauses[0]).toMatchObject({
      service: 'DynamoDB',
      kind: 'latency',
      tracesAffected: 60,
    });
  });
});

describe('analyze: a slower call after a cluster of cold starts', () => {
  it('splits where the call slowed down, not around the few cold starts', () => {
    const documents = invocations(200, (index) => ({
      functionName: 'checkout',
      calls: [
        putOrder({
          duration:
            index >= 120
              ? 0.12 + (index % 5) * 0.001
              : 0.012 + (index % 5) * 0.001,
        }),
        chargeCard({ duration: 0.3 + (index % 7) * 0.01 }),
      ],
      initialization: index >= 60 && index <= 90 && index % 6 === 0 ? 0.8 : 0,
    }));

    const report = analyze(readTraces(documents));

    expect(report.rootCauses[0]).toMatchObject({
      service: 'DynamoDB',
      resource: 'orders',
      kind: 'latency',
      tracesAffected: 80,
    });
  });
});
