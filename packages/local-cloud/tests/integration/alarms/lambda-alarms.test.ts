import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AttachedAlarms,
  attachAlarms,
  type LocalCloud,
  startLocalCloud,
} from '../../../src/index.js';
import { fixture } from '../lambda/fixtures.js';

const TOPIC = 'arn:aws:sns:us-east-1:000000000000:alerts';

function lambdaAlarm(alarmName: string, metric: Record<string, unknown>) {
  return {
    Type: 'AWS::CloudWatch::Alarm',
    Properties: {
      AlarmName: alarmName,
      AlarmActions: [{ Ref: 'AlertTopic' }],
      OKActions: [{ Ref: 'AlertTopic' }],
      ComparisonOperator: 'GreaterThanThreshold',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: 'Charge' } }],
      EvaluationPeriods: 1,
      Namespace: 'AWS/Lambda',
      Period: 60,
      Threshold: 0,
      TreatMissingData: 'notBreaching',
      ...metric,
    },
  };
}

const template = {
  Resources: {
    AlertTopic: {
      Type: 'AWS::SNS::Topic',
      Properties: { TopicName: 'alerts' },
    },
    Charge: {
      Type: 'AWS::Lambda::Function',
      Properties: { FunctionName: 'charge' },
    },
    ChargeErrors: lambdaAlarm('charge-errors', {
      MetricName: 'Errors',
      Statistic: 'Sum',
    }),
    ChargeDuration: lambdaAlarm('charge-duration', {
      MetricName: 'Duration',
      Statistic: 'Maximum',
    }),
  },
};

let cloud: LocalCloud;
let attached: AttachedAlarms;

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0 });
  cloud.lambda.register({ name: 'charge', codeDirectory: fixture('failing') });
  const tap = cloud.sqs.createQueue('alarm-events');
  cloud.events.buses.putRule({
    name: 'alarm-events',
    eventPattern: JSON.stringify({ source: ['aws.cloudwatch'] }),
  });
  cloud.events.buses.putTargets('alarm-events', undefined, [
    { Id: 'tap', Arn: tap.arn },
  ]);
  // A 60 s period lasts 1 s here.
  attached = attachAlarms(cloud, template, {
    periodScale: 1 / 60,
    tickMs: 100,
  });
}, 30_000);

afterAll(async () => {
  attached?.stop();
  await cloud?.stop();
});

async function until(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function stateChanges() {
  return cloud.sqs
    .messages('alarm-events')
    .map((message) => JSON.parse(message.body));
}

describe('alarms over a running local cloud', () => {
  it('fires on a failing function and puts the state change on the default bus', async () => {
    await cloud.lambda.invoke({ functionName: 'charge', event: {} });
    await cloud.lambda.invoke({ functionName: 'charge', event: {} });

    await until(
      () => attached.alarms.state('charge-errors')?.value === 'ALARM',
      5000,
    );
    await cloud.events.idle();

    const alarmEvent = stateChanges().find(
      (event) =>
        event.detail.alarmName === 'charge-errors' &&
        event.detail.state.value === 'ALARM',
    );
    expect(alarmEvent).toMatchObject({
      source: 'aws.cloudwatch',
      'detail-type': 'CloudWatch Alarm State Change',
      resources: [
        'arn:aws:cloudwatch:us-east-1:000000000000:alarm:charge-errors',
      ],
    });
    // The tick may fall between the two invocations: one error or two.
    expect(alarmEvent.detail.state.reason).toMatch(
      /^Threshold Crossed: 1 out of the last 1 datapoints \[[12]\.0\]/,
    );
    expect(
      attached.sns.messages(TOPIC).map((message) => message.subject),
    ).toContain('ALARM: "charge-errors" in us-east-1');
  }, 20_000);

  it('reads Lambda Duration from the segments the invocations stored', async () => {
    await until(
      () => attached.alarms.state('charge-duration')?.value === 'ALARM',
      5000,
    );

    expect(attached.alarms.state('charge-duration')?.reason).toMatch(
      /datapoints \[\d+\.\d\] were greater than the threshold/,
    );
  }, 10_000);

  it('returns to OK once a period passes without errors', async () => {
    await until(
      () => attached.alarms.state('charge-errors')?.value === 'OK',
      5000,
    );

    const values = attached.alarms
      .transitions()
      .filter((record) => record.alarmName === 'charge-errors')
      .map((record) => record.to.value);
    expect(values.slice(-2)).toEqual(['ALARM', 'OK']);
  }, 10_000);
});
