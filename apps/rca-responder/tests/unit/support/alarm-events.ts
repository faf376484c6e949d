/**
 * A "CloudWatch Alarm State Change" event as EventBridge delivers it.
 *
 * @example
 * const event = alarmStateChange({ state: 'ALARM' });
 */
export function alarmStateChange(
  overrides: {
    alarmName?: string;
    state?: string;
    previousState?: string;
    timestamp?: string;
    reason?: string;
  } = {},
) {
  const alarmName = overrides.alarmName ?? 'order-validation-errors';

  return {
    version: '0',
    id: 'c4c1c1c9-6542-e61b-6ef0-8c4d36933a92',
    'detail-type': 'CloudWatch Alarm State Change',
    source: 'aws.cloudwatch',
    account: '123456789012',
    time: '2026-12-03T10:05:00Z',
    region: 'us-east-1',
    resources: [`arn:aws:cloudwatch:us-east-1:123456789012:alarm:${alarmName}`],
    detail: {
      alarmName,
      state: {
        value: overrides.state ?? 'ALARM',
        reason:
          overrides.reason ??
          'Threshold Crossed: 1 datapoint [3.0] was greater than the threshold (0.0).',
        timestamp: overrides.timestamp ?? '2026-12-03T10:05:00.000+0000',
      },
      previousState: {
        value: overrides.previousState ?? 'OK',
        reason: 'Threshold Crossed: no datapoints were breaching.',
        timestamp: '2026-12-03T09:00:00.000+0000',
      },
      configuration: {
        metrics: [
          {
            id: 'm1',
            metricStat: {
              metric: {
                namespace: 'AWS/Lambda',
                name: 'Errors',
                dimensions: { FunctionName: 'order-validation' },
              },
              period: 60,
              stat: 'Sum',
            },
            returnData: true,
          },
        ],
      },
    },
  };
}
