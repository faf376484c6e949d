import { describe, expect, it } from 'vitest';
import { attachAlarms } from '../../../src/cloudwatch/attach-alarms.js';
import { LocalSns } from '../../../src/sns/local-sns.js';
import { alarmTemplate } from './alarm-template.js';
import { fakeAlarmCloud } from './fake-alarm-cloud.js';

const TOPIC = 'arn:aws:sns:us-east-1:000000000000:order-pipeline-alerts';

// A 60 s period becomes 5 s with the default scale.
function setUp() {
  const fake = fakeAlarmCloud();
  const clock = { now: Date.parse('2026-12-03T10:00:00Z') };
  const sns = new LocalSns({ region: 'us-east-1' });
  const { alarms } = attachAlarms(fake.cloud, alarmTemplate, {
    sns,
    start: false,
    now: () => clock.now,
  });
  const advance = (ms: number) => {
    clock.now += ms;
    alarms.evaluate();
  };

  return { ...fake, alarms, sns, advance };
}

describe('LocalAlarms', () => {
  it('goes to ALARM when a function errors and puts the state change on the default bus', () => {
    const { alarms, setCounters, events, advance } = setUp();
    advance(1000);

    setCounters({ invocations: 3, errors: 2 });
    advance(1000);

    expect(alarms.state('order-validation-errors')?.value).toBe('ALARM');
    const change = events
      .map((entry) => ({ ...entry, detail: JSON.parse(entry.Detail ?? '{}') }))
      .find((entry) => entry.detail.state?.value === 'ALARM');
    expect(change).toMatchObject({
      Source: 'aws.cloudwatch',
      DetailType: 'CloudWatch Alarm State Change',
      EventBusName: 'default',
      Resources: [
        'arn:aws:cloudwatch:us-east-1:000000000000:alarm:order-validation-errors',
      ],
      detail: {
        alarmName: 'order-validation-errors',
        previousState: { value: 'OK' },
        configuration: {
          metrics: [
            {
              metricStat: {
                metric: {
                  namespace: 'AWS/Lambda',
                  name: 'Errors',
                  dimensions: { FunctionName: 'order-validation' },
                },
              },
            },
          ],
        },
      },
    });
    expect(change?.detail.state.timestamp).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/,
    );
  });

  it('publishes to the alarm actions and returns to OK once a period passes without errors', () => {
    const { alarms, setCounters, sns, advance } = setUp();
    setCounters({ invocations: 1, errors: 1 });
    advance(1000);

    setCounters({ invocations: 5 });
    advance(6000);

    expect(alarms.state('order-validation-errors')?.value).toBe('OK');
    const subjects = sns.messages(TOPIC).map((message) => message.subject);
    expect(subjects).toContain('ALARM: "order-validation-errors" in us-east-1');
    expect(subjects).toContain('OK: "order-validation-errors" in us-east-1');
  });

  it('alarms on visible dead-letter messages and on failed executions', () => {
    const { alarms, visible, failedExecutions, advance } = setUp();

    visible.DeadLetterQueue = 1;
    failedExecutions.push({
      stateMachineArn:
        'arn:aws:states:us-east-1:000000000000:stateMachine:order-workflow',
      stopDate: new Date(Date.parse('2026-12-03T10:00:00.500Z')),
    });
    advance(1000);

    expect(alarms.state('orders-dlq-not-empty')?.value).toBe('ALARM');
    expect(alarms.state('order-workflow-failed')?.value).toBe('ALARM');
  });

  it('lists the anomaly detection alarm as skipped with the reason', () => {
    const { alarms } = setUp();

    expect(alarms.skipped).toEqual([
      expect.objectContaining({
        alarmName: 'order-validation-duration-anomaly',
        reason: expect.stringContaining('anomaly detection'),
      }),
    ]);
    expect(
      alarms.definitions.map((definition) => definition.alarmName),
    ).toEqual([
      'order-validation-errors',
      'orders-dlq-not-empty',
      'order-workflow-failed',
    ]);
  });
});
