import { LOCAL_ACCOUNT_ID } from '../dynamodb/throttle-error.js';
import type { PutEventsEntry } from '../events/put-entry.js';
import type { AlarmDefinition } from './alarm-definition.js';

/**
 * The states of an alarm.
 *
 * @example
 * const state: AlarmStateValue = 'ALARM';
 */
export type AlarmStateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

/**
 * An alarm state: value, reason and when it was entered.
 *
 * @example
 * { value: 'ALARM', reason: 'Threshold Crossed: …', timestamp: new Date() }
 */
export interface AlarmStateRecord {
  value: AlarmStateValue;
  reason: string;
  timestamp: Date;
}

/**
 * A time as CloudWatch writes it in alarm events: milliseconds and a
 * colonless UTC offset (`2026-12-03T10:05:00.000+0000`).
 *
 * @example
 * cloudWatchTime(new Date(0)); // '1970-01-01T00:00:00.000+0000'
 */
export function cloudWatchTime(time: Date): string {
  return time.toISOString().replace('Z', '+0000');
}

/**
 * The ARN of a local alarm.
 *
 * @example
 * alarmArn('us-east-1', 'orders-dlq-not-empty');
 */
export function alarmArn(region: string, alarmName: string): string {
  return `arn:aws:cloudwatch:${region}:${LOCAL_ACCOUNT_ID}:alarm:${alarmName}`;
}

/**
 * The "CloudWatch Alarm State Change" event of a transition, as
 * CloudWatch puts it on the default bus: source `aws.cloudwatch`, the
 * alarm's ARN as resource, and a detail with `alarmName`, `state`,
 * `previousState` and the metric `configuration`.
 *
 * @example
 * cloud.events.putEvents([stateChangeEntry(definition, previous, next, 'us-east-1')]);
 */
export function stateChangeEntry(
  definition: AlarmDefinition,
  previous: AlarmStateRecord,
  next: AlarmStateRecord,
  region: string,
): PutEventsEntry {
  const detail = {
    alarmName: definition.alarmName,
    state: stateDetail(next),
    previousState: stateDetail(previous),
    configuration: {
      ...(definition.description
        ? { description: definition.description }
        : {}),
      metrics: [
        {
          id: 'm1',
          metricStat: {
            metric: {
              namespace: definition.namespace,
              name: definition.metricName,
              dimensions: definition.dimensions,
            },
            period: definition.periodSeconds,
            stat: definition.statistic,
          },
          returnData: true,
        },
      ],
    },
  };

  return {
    Source: 'aws.cloudwatch',
    DetailType: 'CloudWatch Alarm State Change',
    Detail: JSON.stringify(detail),
    EventBusName: 'default',
    Resources: [alarmArn(region, definition.alarmName)],
    Time: next.timestamp,
  };
}

/**
 * The notification an alarm action publishes to SNS: a subject like
 * CloudWatch's and the JSON message with the alarm's new and old state.
 *
 * @example
 * sns.publish({ topicArn, ...alarmNotification(definition, previous, next, 'us-east-1') });
 */
export function alarmNotification(
  definition: AlarmDefinition,
  previous: AlarmStateRecord,
  next: AlarmStateRecord,
  region: string,
): { subject: string; message: string } {
  const subject = `${next.value}: "${definition.alarmName}" in ${region}`;
  const message = {
    AlarmName: definition.alarmName,
    AlarmDescription: definition.description ?? null,
    AWSAccountId: LOCAL_ACCOUNT_ID,
    NewStateValue: next.value,
    NewStateReason: next.reason,
    StateChangeTime: cloudWatchTime(next.timestamp),
    Region: region,
    AlarmArn: alarmArn(region, definition.alarmName),
    OldStateValue: previous.value,
    Trigger: {
      MetricName: definition.metricName,
      Namespace: definition.namespace,
      Statistic: definition.statistic,
      Dimensions: Object.entries(definition.dimensions).map(
        ([name, value]) => ({ name, value }),
      ),
      Period: definition.periodSeconds,
      EvaluationPeriods: definition.evaluationPeriods,
      ComparisonOperator: definition.comparison,
      Threshold: definition.threshold,
      TreatMissingData: definition.treatMissingData,
    },
  };

  return {
    subject: subject.length <= 100 ? subject : `${subject.slice(0, 97)}...`,
    message: JSON.stringify(message),
  };
}

function stateDetail(state: AlarmStateRecord) {
  return {
    value: state.value,
    reason: state.reason,
    timestamp: cloudWatchTime(state.timestamp),
  };
}
