import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { ServiceFunctions } from './service-functions.js';

/** What the alarms watch and where they report. */
export interface AlarmTargets {
  functions: ServiceFunctions;
  stateMachine: IStateMachine;
  deadLetterQueue: IQueue;
  topic: ITopic;
}

const PERIOD = Duration.minutes(1);

/**
 * Creates the pipeline's alarms, each over one minute and sending its
 * ALARM and OK transitions to the topic: errors and throttles of every
 * function (`<service>-errors`, `<service>-throttles`), failed workflow
 * executions (`order-workflow-failed`) and a non-empty dead-letter queue
 * (`orders-dlq-not-empty`). Missing data counts as healthy.
 *
 * @example
 * const alarms = createPipelineAlarms(stack, { functions, ... });
 * alarms.length; // 8
 */
export function createPipelineAlarms(
  scope: Construct,
  targets: AlarmTargets,
): Alarm[] {
  const group = new Construct(scope, 'Alarms');
  const atLeastOne = (id: string, name: string, metric: Metric) =>
    createAlarm(group, id, name, metric, targets.topic);

  const functionAlarms = Object.entries(targets.functions).flatMap(
    ([service, fn]) => functionAlarmsOf(service, fn, atLeastOne),
  );
  const workflowAlarm = atLeastOne(
    'WorkflowFailed',
    'order-workflow-failed',
    targets.stateMachine.metricFailed({ period: PERIOD, statistic: 'Sum' }),
  );
  const queueAlarm = atLeastOne(
    'DeadLetterQueueNotEmpty',
    'orders-dlq-not-empty',
    targets.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
      period: PERIOD,
      statistic: 'Maximum',
    }),
  );

  return [...functionAlarms, workflowAlarm, queueAlarm];
}

function functionAlarmsOf(
  service: string,
  fn: LambdaFunction,
  atLeastOne: (id: string, name: string, metric: Metric) => Alarm,
): Alarm[] {
  const options = { period: PERIOD, statistic: 'Sum' };

  return [
    atLeastOne(
      `${fn.node.id}Errors`,
      `${service}-errors`,
      fn.metricErrors(options),
    ),
    atLeastOne(
      `${fn.node.id}Throttles`,
      `${service}-throttles`,
      fn.metricThrottles(options),
    ),
  ];
}

function createAlarm(
  scope: Construct,
  id: string,
  alarmName: string,
  metric: Metric,
  topic: ITopic,
): Alarm {
  const alarm = new Alarm(scope, id, {
    alarmName,
    metric,
    threshold: 0,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  const action = new SnsAction(topic);
  alarm.addAlarmAction(action);
  alarm.addOkAction(action);

  return alarm;
}
