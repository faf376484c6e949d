import {
  type AttachedAlarms,
  attachAlarms,
  type LocalCloud,
  startLocalCloud,
  stateChangeEntry,
} from '@org/local-cloud';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderValidationTraces } from '../unit/support/throttle-traces.js';
import { bundleForLocalLambda } from './support/cjs-bundle.js';
import { seedTraces } from './support/seed-traces.js';

const TOPIC_NAME = 'order-pipeline-alerts';
const ALARM_NAME = 'orders-dlq-not-empty';

// The stack's alert topic and dead-letter queue alarm, as synthesized.
const template = {
  Resources: {
    AlertTopic: {
      Type: 'AWS::SNS::Topic',
      Properties: { TopicName: TOPIC_NAME },
    },
    DeadLetterQueue: {
      Type: 'AWS::SQS::Queue',
      Properties: { QueueName: 'orders-dlq' },
    },
    DeadLetterQueueNotEmpty: {
      Type: 'AWS::CloudWatch::Alarm',
      Properties: {
        AlarmName: ALARM_NAME,
        AlarmActions: [{ Ref: 'AlertTopic' }],
        OKActions: [{ Ref: 'AlertTopic' }],
        ComparisonOperator: 'GreaterThanThreshold',
        Dimensions: [
          {
            Name: 'QueueName',
            Value: { 'Fn::GetAtt': ['DeadLetterQueue', 'QueueName'] },
          },
        ],
        EvaluationPeriods: 1,
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Namespace: 'AWS/SQS',
        Period: 60,
        Statistic: 'Maximum',
        Threshold: 0,
        TreatMissingData: 'notBreaching',
      },
    },
  },
};

let cloud: LocalCloud;
let attached: AttachedAlarms;
let removeBundle: () => void;

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0 });
  const bundle = await bundleForLocalLambda();
  removeBundle = bundle.remove;
  await cloud.dynamodb.request('CreateTable', {
    TableName: 'rca-responder-transitions',
    AttributeDefinitions: [
      { AttributeName: 'transitionKey', AttributeType: 'S' },
    ],
    KeySchema: [{ AttributeName: 'transitionKey', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
  });
  cloud.sqs.createQueue('orders-dlq');
  // A 60 s period lasts 1 s here.
  attached = attachAlarms(cloud, template, {
    periodScale: 1 / 60,
    tickMs: 200,
  });
  cloud.lambda.register({
    name: 'rca-responder',
    codeDirectory: bundle.directory,
    handler: 'index.handler',
    timeoutSeconds: 30,
    environment: {
      ALERT_TOPIC_ARN: attached.sns.topicArn(TOPIC_NAME),
      IDEMPOTENCY_TABLE_NAME: 'rca-responder-transitions',
    },
  });
  cloud.events.buses.putRule({
    name: 'alarm-state-changes',
    eventPattern: JSON.stringify({
      source: ['aws.cloudwatch'],
      'detail-type': ['CloudWatch Alarm State Change'],
      detail: { alarmName: [ALARM_NAME] },
    }),
  });
  cloud.events.buses.putTargets('alarm-state-changes', undefined, [
    { Id: 'responder', Arn: cloud.lambda.functionArn('rca-responder') },
  ]);
}, 60_000);

afterAll(async () => {
  attached?.stop();
  await cloud?.stop();
  removeBundle?.();
});

function responderAlerts() {
  return attached.sns
    .messages(TOPIC_NAME)
    .filter((message) => message.subject?.startsWith(`ALARM ${ALARM_NAME}:`));
}

async function until(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('an alarm in the local cloud', () => {
  it('yields one alert on the topic naming the throttle found in its traces', async () => {
    const now = Date.now();
    seedTraces(
      cloud,
      orderValidationTraces({
        startMs: now - 590_000,
        count: 118,
        spacingMs: 5000,
        outageFromMs: now - 180_000,
      }),
    );

    cloud.sqs.sendMessage('orders-dlq', { body: '{"orderId":"o-1"}' });
    await until(() => responderAlerts().length > 0, 40_000);
    await cloud.lambda.idle();

    const alerts = responderAlerts();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.subject).toMatch(
      /^ALARM orders-dlq-not-empty: throttle at DynamoDB orders PutItem \([01]\.\d\d\)$/,
    );
    expect(alerts[0]?.message).toContain('throttle call(s)');
    expect(attached.alarms.state(ALARM_NAME)?.value).toBe('ALARM');
  }, 60_000);

  it('sends nothing more when the same state change is delivered again', async () => {
    const [definition] = attached.alarms.definitions;
    const transition = attached.alarms
      .transitions()
      .findLast((record) => record.to.value === 'ALARM');
    if (definition === undefined || transition === undefined) {
      throw new Error('the alarm never fired');
    }

    cloud.events.putEvents([
      stateChangeEntry(
        definition,
        transition.from,
        transition.to,
        cloud.region,
      ),
    ]);
    // One invocation per transition the alarm made, plus the duplicate.
    const expected = attached.alarms.transitions().length + 1;
    const responderStats = () => cloud.lambda.stats()['rca-responder'];
    await until(() => responderStats()?.invocations === expected, 20_000);

    expect(responderAlerts()).toHaveLength(1);
    expect(responderStats()?.errors).toBe(0);
  }, 30_000);
});
