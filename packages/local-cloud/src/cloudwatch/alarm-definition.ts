/**
 * The comparison operators of a static-threshold alarm.
 *
 * @example
 * ComparisonOperator.greaterThan; // 'GreaterThanThreshold'
 */
export const ComparisonOperator = {
  greaterThan: 'GreaterThanThreshold',
  greaterThanOrEqual: 'GreaterThanOrEqualToThreshold',
  lessThan: 'LessThanThreshold',
  lessThanOrEqual: 'LessThanOrEqualToThreshold',
} as const;

/** One of the {@link ComparisonOperator} values. */
export type ComparisonOperator =
  (typeof ComparisonOperator)[keyof typeof ComparisonOperator];

/**
 * How an alarm treats a period without data.
 *
 * @example
 * const treat: TreatMissingData = 'notBreaching';
 */
export type TreatMissingData =
  | 'breaching'
  | 'notBreaching'
  | 'ignore'
  | 'missing';

/**
 * The metrics the local alarms can compute, told apart by `kind`; every
 * name is the local resource's name.
 *
 * @example
 * const metric: WatchedMetric = { kind: 'lambda-errors', functionName: 'order-validation' };
 */
export type WatchedMetric =
  | { kind: 'lambda-errors'; functionName: string }
  | { kind: 'lambda-throttles'; functionName: string }
  | { kind: 'lambda-invocations'; functionName: string }
  | { kind: 'lambda-duration'; functionName: string }
  | { kind: 'states-executions-failed'; stateMachineName: string }
  | { kind: 'sqs-messages-visible'; queueName: string };

/**
 * A static-threshold alarm of the template, resolved to local names.
 *
 * @example
 * definition.alarmName; // 'order-validation-errors'
 */
export interface AlarmDefinition {
  logicalId: string;
  alarmName: string;
  description?: string;
  metric: WatchedMetric;
  /** As in the template, for the state change event's `configuration`. */
  namespace: string;
  metricName: string;
  dimensions: Record<string, string>;
  /** `Sum`, `Maximum`, `Minimum`, `Average`, `SampleCount` or `pNN`. */
  statistic: string;
  periodSeconds: number;
  evaluationPeriods: number;
  datapointsToAlarm: number;
  threshold: number;
  comparison: ComparisonOperator;
  treatMissingData: TreatMissingData;
  alarmActions: string[];
  okActions: string[];
  insufficientDataActions: string[];
}

/**
 * An alarm of the template that the local alarms do not evaluate, and why
 * (anomaly detection bands, metric math, metrics they cannot compute).
 *
 * @example
 * { logicalId: 'DurationAnomaly', alarmName: 'order-validation-duration-anomaly', reason: 'anomaly detection band' }
 */
export interface SkippedAlarm {
  logicalId: string;
  alarmName: string;
  reason: string;
}
