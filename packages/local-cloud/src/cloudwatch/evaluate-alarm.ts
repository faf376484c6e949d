import type { AlarmDefinition } from './alarm-definition.js';
import type { MetricWindow } from './metric-history.js';

/**
 * The state an evaluation gives, with CloudWatch's kind of reason, or
 * `keep` when missing data is ignored.
 *
 * @example
 * { state: 'ALARM', reason: 'Threshold Crossed: 1 out of the last 1 datapoints [3.0] was greater than the threshold (0.0).' }
 */
export type Evaluation =
  | { state: 'ALARM' | 'OK' | 'INSUFFICIENT_DATA'; reason: string }
  | { state: 'keep' };

/**
 * Evaluates an alarm at `now` over its last `evaluationPeriods` windows
 * of `periodMs` each: ALARM when at least `datapointsToAlarm` of them
 * breach the threshold. Windows without data follow `treatMissingData`.
 *
 * @example
 * evaluateAlarm(definition, 5000, Date.now(), (window) => history.values(definition.metric, window));
 */
export function evaluateAlarm(
  definition: AlarmDefinition,
  periodMs: number,
  now: number,
  valuesIn: (window: MetricWindow) => number[] | undefined,
): Evaluation {
  const datapoints: (number | undefined)[] = [];
  for (let index = 0; index < definition.evaluationPeriods; index += 1) {
    const end = now - index * periodMs;
    const values = valuesIn({ start: end - periodMs, end });
    datapoints.push(
      values === undefined
        ? undefined
        : statistic(definition.statistic, values),
    );
  }
  const present = datapoints.filter(
    (value): value is number => value !== undefined,
  );
  const missing = datapoints.length - present.length;
  if (present.length === 0) {
    if (definition.treatMissingData === 'ignore') return { state: 'keep' };
    if (definition.treatMissingData === 'missing') {
      return {
        state: 'INSUFFICIENT_DATA',
        reason: 'Insufficient Data: no datapoints were received.',
      };
    }
  }
  const breaching =
    present.filter((value) => breaches(definition, value)).length +
    (definition.treatMissingData === 'breaching' ? missing : 0);
  const state = breaching >= definition.datapointsToAlarm ? 'ALARM' : 'OK';

  return { state, reason: reasonText(definition, present, breaching, state) };
}

/**
 * Applies a CloudWatch statistic to values: `Sum`, `Maximum`, `Minimum`,
 * `Average`, `SampleCount` or a percentile `pNN`.
 *
 * @example
 * statistic('p99', [1, 2, 3]); // 3
 */
export function statistic(name: string, values: readonly number[]): number {
  if (values.length === 0) return 0;
  if (name === 'Maximum') return Math.max(...values);
  if (name === 'Minimum') return Math.min(...values);
  if (name === 'SampleCount') return values.length;
  const sum = values.reduce((total, value) => total + value, 0);
  if (name === 'Average') return sum / values.length;
  const percentile = /^p(\d+(?:\.\d+)?)$/.exec(name);
  if (percentile) {
    const sorted = [...values].sort((left, right) => left - right);
    const rank = Math.ceil((Number(percentile[1]) / 100) * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? 0;
  }

  return sum;
}

function breaches(definition: AlarmDefinition, value: number): boolean {
  switch (definition.comparison) {
    case 'GreaterThanThreshold':
      return value > definition.threshold;
    case 'GreaterThanOrEqualToThreshold':
      return value >= definition.threshold;
    case 'LessThanThreshold':
      return value < definition.threshold;
    case 'LessThanOrEqualToThreshold':
      return value <= definition.threshold;
  }
}

const COMPARISON_WORDS: Record<AlarmDefinition['comparison'], string> = {
  GreaterThanThreshold: 'greater than',
  GreaterThanOrEqualToThreshold: 'greater than or equal to',
  LessThanThreshold: 'less than',
  LessThanOrEqualToThreshold: 'less than or equal to',
};

function reasonText(
  definition: AlarmDefinition,
  present: number[],
  breaching: number,
  state: 'ALARM' | 'OK',
): string {
  const values = present.map((value) => value.toFixed(1)).join(', ');
  const verb = state === 'ALARM' ? 'were' : 'were not';

  return (
    `Threshold Crossed: ${breaching} out of the last ${definition.evaluationPeriods} datapoints [${values}] ${verb} ` +
    `${COMPARISON_WORDS[definition.comparison]} the threshold (${definition.threshold.toFixed(1)}).`
  );
}
