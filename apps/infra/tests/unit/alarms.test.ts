import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { resourcesOfType, synthTestStack } from './synth-template.js';

type AlarmProperties = {
  AlarmName: string;
  MetricName: string;
  Namespace: string;
  Threshold: number;
  ComparisonOperator: string;
  AlarmActions: unknown[];
};

const { template } = synthTestStack();
const alarms = Object.fromEntries(
  Object.values(resourcesOfType(template, 'AWS::CloudWatch::Alarm')).map(
    (alarm) => {
      const properties = alarm.Properties as AlarmProperties;
      return [properties.AlarmName, properties];
    },
  ),
);

describe('alarms', () => {
  it.each(['order-validation', 'payment-processing', 'fulfillment'])(
    'watches errors and throttles of %s',
    (service) => {
      expect(alarms[`${service}-errors`]?.MetricName).toBe('Errors');
      expect(alarms[`${service}-throttles`]?.MetricName).toBe('Throttles');
    },
  );

  it('watches failed workflow executions', () => {
    expect(alarms['order-workflow-failed']).toMatchObject({
      Namespace: 'AWS/States',
      MetricName: 'ExecutionsFailed',
    });
  });

  it('fires as soon as one message sits in the dead-letter queue', () => {
    expect(alarms['orders-dlq-not-empty']).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });

  it('sends every alarm to the alert topic', () => {
    expect(Object.keys(alarms)).toHaveLength(14);
    for (const alarm of Object.values(alarms)) {
      expect(alarm.AlarmActions).toEqual([
        { Ref: expect.stringMatching(/^AlertTopic/) },
      ]);
    }
  });

  it.each(['order-validation', 'payment-processing', 'fulfillment'])(
    'watches duration and error rate of %s against an anomaly band',
    (service) => {
      const duration = alarms[`${service}-duration-anomaly`] as unknown as {
        ComparisonOperator: string;
        ThresholdMetricId: string;
        Metrics: { Id: string; Expression?: string }[];
      };
      const errorRate = alarms[`${service}-error-rate-anomaly`] as unknown as {
        Metrics: { Id: string; Expression?: string }[];
      };

      expect(duration.ComparisonOperator).toBe('GreaterThanUpperThreshold');
      const band = duration.Metrics.find(
        (metric) => metric.Id === duration.ThresholdMetricId,
      );
      expect(band?.Expression).toMatch(/^ANOMALY_DETECTION_BAND\(\w+, ?2\)$/);
      expect(
        errorRate.Metrics.map((metric) => metric.Expression).join(' '),
      ).toContain('100 * errors / invocations');
    },
  );

  it('declares the anomaly detectors the band alarms use', () => {
    template.resourceCountIs('AWS::CloudWatch::AnomalyDetector', 6);
    template.hasResourceProperties('AWS::CloudWatch::AnomalyDetector', {
      MetricName: 'Duration',
      Namespace: 'AWS/Lambda',
      Stat: 'Average',
    });
  });

  it('encrypts the alert topic with a rotated key CloudWatch may use', () => {
    template.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: {
        'Fn::GetAtt': [Match.stringLikeRegexp('^AlertTopicKey'), 'Arn'],
      },
    });
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
    });
    const [key] = Object.values(resourcesOfType(template, 'AWS::KMS::Key'));
    const statements = JSON.stringify(key?.Properties.KeyPolicy);

    expect(statements).toContain('cloudwatch.amazonaws.com');
  });
});
