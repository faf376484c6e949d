import { describe, expect, it } from 'vitest';
import type { AlarmDefinition } from '../../../src/cloudwatch/alarm-definition.js';
import {
  evaluateAlarm,
  statistic,
} from '../../../src/cloudwatch/evaluate-alarm.js';

const definition: AlarmDefinition = {
  logicalId: 'Errors',
  alarmName: 'errors',
  metric: { kind: 'lambda-errors', functionName: 'orders' },
  namespace: 'AWS/Lambda',
  metricName: 'Errors',
  dimensions: { FunctionName: 'orders' },
  statistic: 'Sum',
  periodSeconds: 60,
  evaluationPeriods: 3,
  datapointsToAlarm: 2,
  threshold: 5,
  comparison: 'GreaterThanOrEqualToThreshold',
  treatMissingData: 'missing',
  alarmActions: [],
  okActions: [],
  insufficientDataActions: [],
};

function valuesByWindowEnd(values: Record<number, number[] | undefined>) {
  return (window: { end: number }) => values[window.end];
}

describe('evaluateAlarm', () => {
  it('alarms when M of N periods breach', () => {
    const evaluation = evaluateAlarm(
      definition,
      10,
      100,
      valuesByWindowEnd({ 100: [6], 90: [1], 80: [2, 3] }),
    );

    expect(evaluation.state).toBe('ALARM');
  });

  it('stays OK when fewer than M periods breach', () => {
    const evaluation = evaluateAlarm(
      definition,
      10,
      100,
      valuesByWindowEnd({ 100: [6], 90: [1], 80: [1] }),
    );

    expect(evaluation.state).toBe('OK');
  });

  it('reports INSUFFICIENT_DATA when no period has data and missing data is missing', () => {
    const evaluation = evaluateAlarm(definition, 10, 100, () => undefined);

    expect(evaluation.state).toBe('INSUFFICIENT_DATA');
  });

  it('counts missing periods as breaching when told to', () => {
    const evaluation = evaluateAlarm(
      { ...definition, treatMissingData: 'breaching' },
      10,
      100,
      () => undefined,
    );

    expect(evaluation.state).toBe('ALARM');
  });
});

describe('statistic', () => {
  it('computes sums, maxima, averages and percentiles', () => {
    const values = [4, 1, 3, 2];

    expect(statistic('Sum', values)).toBe(10);
    expect(statistic('Maximum', values)).toBe(4);
    expect(statistic('Average', values)).toBe(2.5);
    expect(statistic('p50', values)).toBe(2);
    expect(statistic('p99', values)).toBe(4);
  });
});
