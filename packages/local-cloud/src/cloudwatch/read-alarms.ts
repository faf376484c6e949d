import {
  type AlarmDefinition,
  ComparisonOperator,
  type SkippedAlarm,
  type TreatMissingData,
  type WatchedMetric,
} from './alarm-definition.js';
import { resolveReference } from './template-references.js';

type Resources = Record<
  string,
  { Type?: string; Properties?: Record<string, unknown> }
>;

const COMPARISONS = new Set<string>(Object.values(ComparisonOperator));
const TREATMENTS = new Set(['breaching', 'notBreaching', 'ignore', 'missing']);

/**
 * The template's `AWS::CloudWatch::Alarm` resources: those the local
 * alarms can evaluate (static thresholds on AWS/Lambda Errors, Throttles,
 * Invocations and Duration, AWS/States ExecutionsFailed, AWS/SQS
 * ApproximateNumberOfMessagesVisible) as definitions, the others listed
 * with the reason they are skipped.
 *
 * @example
 * const { definitions, skipped } = readAlarms(template, 'us-east-1');
 */
export function readAlarms(
  template: unknown,
  region: string,
): { definitions: AlarmDefinition[]; skipped: SkippedAlarm[] } {
  const resources = ((template as { Resources?: Resources } | null)
    ?.Resources ?? {}) as Resources;
  const definitions: AlarmDefinition[] = [];
  const skipped: SkippedAlarm[] = [];
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (resource?.Type !== 'AWS::CloudWatch::Alarm') continue;
    const read = readAlarm(
      resources,
      logicalId,
      resource.Properties ?? {},
      region,
    );
    if ('reason' in read) skipped.push(read);
    else definitions.push(read);
  }

  return { definitions, skipped };
}

function readAlarm(
  resources: Resources,
  logicalId: string,
  properties: Record<string, unknown>,
  region: string,
): AlarmDefinition | SkippedAlarm {
  const alarmName =
    typeof properties.AlarmName === 'string' ? properties.AlarmName : logicalId;
  const skip = (reason: string): SkippedAlarm => ({
    logicalId,
    alarmName,
    reason,
  });
  if (properties.ThresholdMetricId !== undefined) {
    return skip('anomaly detection band: no model to compute it locally');
  }
  if (properties.Metrics !== undefined) {
    return skip('metric math: only single-metric alarms are evaluated');
  }
  const comparison = String(properties.ComparisonOperator);
  if (!COMPARISONS.has(comparison)) {
    return skip(`comparison ${comparison} is not evaluated locally`);
  }
  const dimensions = readDimensions(resources, properties.Dimensions, region);
  const namespace = String(properties.Namespace);
  const metricName = String(properties.MetricName);
  const metric = watchedMetric(namespace, metricName, dimensions);
  if (metric === undefined) {
    return skip(`metric ${namespace} ${metricName} cannot be computed locally`);
  }
  const evaluationPeriods = Number(properties.EvaluationPeriods ?? 1);
  const actions = (name: string) =>
    toArray(properties[name])
      .map((value) => resolveReference(resources, value, region))
      .filter((arn): arn is string => arn !== undefined);

  return {
    logicalId,
    alarmName,
    description:
      typeof properties.AlarmDescription === 'string'
        ? properties.AlarmDescription
        : undefined,
    metric,
    namespace,
    metricName,
    dimensions,
    statistic: String(
      properties.Statistic ?? properties.ExtendedStatistic ?? 'Sum',
    ),
    periodSeconds: Number(properties.Period ?? 60),
    evaluationPeriods,
    datapointsToAlarm: Number(
      properties.DatapointsToAlarm ?? evaluationPeriods,
    ),
    threshold: Number(properties.Threshold ?? 0),
    comparison: comparison as ComparisonOperator,
    treatMissingData: treatment(properties.TreatMissingData),
    alarmActions: actions('AlarmActions'),
    okActions: actions('OKActions'),
    insufficientDataActions: actions('InsufficientDataActions'),
  };
}

function watchedMetric(
  namespace: string,
  metricName: string,
  dimensions: Record<string, string>,
): WatchedMetric | undefined {
  const { FunctionName, StateMachineArn, QueueName } = dimensions;
  if (namespace === 'AWS/Lambda' && FunctionName !== undefined) {
    const kinds: Record<string, WatchedMetric['kind']> = {
      Errors: 'lambda-errors',
      Throttles: 'lambda-throttles',
      Invocations: 'lambda-invocations',
      Duration: 'lambda-duration',
    };
    const kind = kinds[metricName];
    return kind && ({ kind, functionName: FunctionName } as WatchedMetric);
  }
  if (
    namespace === 'AWS/States' &&
    metricName === 'ExecutionsFailed' &&
    StateMachineArn !== undefined
  ) {
    return {
      kind: 'states-executions-failed',
      stateMachineName: StateMachineArn.split(':').pop() ?? StateMachineArn,
    };
  }
  if (
    namespace === 'AWS/SQS' &&
    metricName === 'ApproximateNumberOfMessagesVisible' &&
    QueueName !== undefined
  ) {
    return { kind: 'sqs-messages-visible', queueName: QueueName };
  }

  return undefined;
}

function readDimensions(
  resources: Resources,
  value: unknown,
  region: string,
): Record<string, string> {
  const dimensions: Record<string, string> = {};
  for (const dimension of toArray(value)) {
    const { Name, Value } = (dimension ?? {}) as {
      Name?: unknown;
      Value?: unknown;
    };
    const resolved = resolveReference(resources, Value, region);
    if (typeof Name === 'string' && resolved !== undefined) {
      dimensions[Name] = resolved;
    }
  }

  return dimensions;
}

function treatment(value: unknown): TreatMissingData {
  return typeof value === 'string' && TREATMENTS.has(value)
    ? (value as TreatMissingData)
    : 'missing';
}

function toArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
