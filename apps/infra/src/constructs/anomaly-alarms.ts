import { Duration } from 'aws-cdk-lib';
import {
  AnomalyDetectionAlarm,
  CfnAnomalyDetector,
  ComparisonOperator,
  MathExpression,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { ServiceFunctions } from './service-functions.js';

const PERIOD = Duration.minutes(1);

/** Standard deviations of the expected band: wide enough for noise. */
const BAND_WIDTH = 2;

/**
 * Creates, per function, anomaly detectors and anomaly-detection-band
 * alarms beside the static ones: `<service>-duration-anomaly` (average
 * Duration above the band) and `<service>-error-rate-anomaly` (errors
 * per 100 invocations above the band), each breaching on 2 of 3 minutes
 * and reporting ALARM and OK to the topic. The detectors are declared
 * (`AWS::CloudWatch::AnomalyDetector`) so that the stack owns the models.
 *
 * @example
 * const alarms = createAnomalyAlarms(stack, { functions, topic });
 * alarms.length; // 6
 */
export function createAnomalyAlarms(
  scope: Construct,
  targets: { functions: ServiceFunctions; topic: ITopic },
): AnomalyDetectionAlarm[] {
  const group = new Construct(scope, 'AnomalyAlarms');
  const action = new SnsAction(targets.topic);

  return Object.entries(targets.functions).flatMap(([service, fn]) =>
    functionAnomalyAlarms(group, service, fn).map((alarm) => {
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
      return alarm;
    }),
  );
}

function functionAnomalyAlarms(
  scope: Construct,
  service: string,
  fn: LambdaFunction,
): AnomalyDetectionAlarm[] {
  const id = fn.node.id;
  const dimensions = [{ name: 'FunctionName', value: fn.functionName }];
  new CfnAnomalyDetector(scope, `${id}DurationDetector`, {
    namespace: 'AWS/Lambda',
    metricName: 'Duration',
    stat: 'Average',
    dimensions,
  });
  const errorRate = new MathExpression({
    expression: '100 * errors / invocations',
    usingMetrics: {
      errors: fn.metricErrors({ period: PERIOD, statistic: 'Sum' }),
      invocations: fn.metricInvocations({ period: PERIOD, statistic: 'Sum' }),
    },
    period: PERIOD,
    label: `${service} errors per 100 invocations`,
  });
  new CfnAnomalyDetector(scope, `${id}ErrorRateDetector`, {
    metricMathAnomalyDetector: {
      metricDataQueries: [
        metricQuery('errors', 'Errors', dimensions),
        metricQuery('invocations', 'Invocations', dimensions),
        { id: 'rate', expression: errorRate.expression, returnData: true },
      ],
    },
  });

  return [
    anomalyAlarm(
      scope,
      `${id}DurationAnomaly`,
      `${service}-duration-anomaly`,
      fn.metricDuration({ period: PERIOD, statistic: 'Average' }),
    ),
    anomalyAlarm(
      scope,
      `${id}ErrorRateAnomaly`,
      `${service}-error-rate-anomaly`,
      errorRate,
    ),
  ];
}

function anomalyAlarm(
  scope: Construct,
  id: string,
  alarmName: string,
  metric: AnomalyDetectionAlarm['metric'],
): AnomalyDetectionAlarm {
  return new AnomalyDetectionAlarm(scope, id, {
    alarmName,
    metric,
    stdDevs: BAND_WIDTH,
    comparisonOperator: ComparisonOperator.GREATER_THAN_UPPER_THRESHOLD,
    evaluationPeriods: 3,
    datapointsToAlarm: 2,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
}

function metricQuery(
  id: string,
  metricName: string,
  dimensions: { name: string; value: string }[],
): CfnAnomalyDetector.MetricDataQueryProperty {
  return {
    id,
    returnData: false,
    metricStat: {
      metric: { namespace: 'AWS/Lambda', metricName, dimensions },
      period: PERIOD.toSeconds(),
      stat: 'Sum',
    },
  };
}
