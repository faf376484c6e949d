import { describe, expect, it } from 'vitest';
import type { AlarmCloud } from '../../../src/cloudwatch/alarm-cloud.js';
import type { WatchedMetric } from '../../../src/cloudwatch/alarm-definition.js';
import { MetricHistory } from '../../../src/cloudwatch/metric-history.js';
import { fakeAlarmCloud } from './fake-alarm-cloud.js';

function functionSegment(name: string, startSeconds: number, ms: number) {
  return {
    id: `${name}-${startSeconds}`,
    trace_id: '1-6927a1b2-0123456789abcdef01234567',
    name,
    origin: 'AWS::Lambda::Function',
    start_time: startSeconds,
    end_time: startSeconds + ms / 1000,
  };
}

function cloudWithSegments(segments: ReturnType<typeof functionSegment>[]) {
  const { cloud } = fakeAlarmCloud();
  const traces = [
    {
      documents: new Map(segments.map((segment) => [segment.id, segment])),
    },
  ];

  return {
    ...cloud,
    xray: { store: { traces: () => traces.values() } },
  } as unknown as AlarmCloud;
}

describe('MetricHistory', () => {
  it('reads Lambda Duration from the function segments that ended in the window', () => {
    const history = new MetricHistory(
      cloudWithSegments([
        functionSegment('order-validation', 100, 250),
        functionSegment('order-validation', 104, 900),
        functionSegment('fulfillment', 104, 40),
        functionSegment('order-validation', 120, 10),
      ]),
      60_000,
    );

    const values = history.values(
      { kind: 'lambda-duration', functionName: 'order-validation' },
      { start: 100_000, end: 110_000 },
    );

    expect(values?.map(Math.round)).toEqual([250, 900]);
  });

  it('has no Lambda data for a period in which the function did not run', () => {
    const { cloud, setCounters } = fakeAlarmCloud();
    const history = new MetricHistory(cloud, 60_000);
    history.record(1000);
    setCounters({ invocations: 2, errors: 1 });
    history.record(2000);
    history.record(3000);

    const errors: WatchedMetric = {
      kind: 'lambda-errors',
      functionName: 'order-validation',
    };
    expect(history.values(errors, { start: 1000, end: 2000 })).toEqual([1]);
    expect(history.values(errors, { start: 2000, end: 3000 })).toBeUndefined();
  });
});
