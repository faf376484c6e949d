import {
  CreateEventBusCommand,
  ListTargetsByRuleCommand,
  PutEventsCommand,
  PutRuleCommand,
  PutTargetsCommand,
  TestEventPatternCommand,
} from '@aws-sdk/client-eventbridge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LocalCloud,
  startLocalCloud,
  TargetDeliveryError,
} from '../../src/index.js';
import { awsClients } from './aws-clients.js';

let cloud: LocalCloud;
let clients: ReturnType<typeof awsClients>;

beforeAll(async () => {
  cloud = await startLocalCloud({
    port: 0,
    eventBackoff: { baseDelayMs: 5, maxDelayMs: 20 },
  });
  clients = awsClients(cloud.endpoint);
});

afterAll(async () => {
  clients.events.destroy();
  await cloud.stop();
});

const traceHeader =
  'Root=1-6927a1b2-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1';
const orderCreated = {
  Source: 'shop.orders',
  DetailType: 'OrderCreated',
  Detail: JSON.stringify({ orderId: 'o-1', amount: 250 }),
};

describe('EventBridge through the edge', () => {
  it('delivers a matching event to an SQS target with its trace header', async () => {
    const queue = cloud.sqs.createQueue('orders-target');
    await clients.events.send(
      new PutRuleCommand({
        Name: 'big-orders',
        EventPattern: JSON.stringify({
          source: ['shop.orders'],
          detail: { amount: [{ numeric: ['>', 100] }] },
        }),
      }),
    );
    await clients.events.send(
      new PutTargetsCommand({
        Rule: 'big-orders',
        Targets: [{ Id: 'queue', Arn: queue.arn }],
      }),
    );

    const answer = await clients.events.send(
      new PutEventsCommand({
        Entries: [
          { ...orderCreated, TraceHeader: traceHeader },
          { ...orderCreated, Detail: '{"orderId":"o-2","amount":5}' },
        ],
      }),
    );
    await cloud.events.idle();

    const messages = cloud.sqs.messages('orders-target');
    expect(answer.FailedEntryCount).toBe(0);
    expect(answer.Entries?.every((entry) => entry.EventId)).toBe(true);
    expect(messages).toHaveLength(1);
    expect(JSON.parse(messages[0]?.body ?? '{}')).toMatchObject({
      id: answer.Entries?.[0]?.EventId,
      'detail-type': 'OrderCreated',
      detail: { orderId: 'o-1' },
    });
    expect(messages[0]?.traceHeader).toBe(traceHeader);
  });

  it('reports malformed entries in FailedEntryCount without failing the others', async () => {
    const answer = await clients.events.send(
      new PutEventsCommand({
        Entries: [orderCreated, { ...orderCreated, Detail: 'not json' }],
      }),
    );

    expect(answer.FailedEntryCount).toBe(1);
    expect(answer.Entries?.[1]).toMatchObject({ ErrorCode: 'MalformedDetail' });
  });

  it('retries a failing target and dead-letters the original event with the error attributes', async () => {
    const deadLetters = cloud.sqs.createQueue('orders-dlq');
    let attempts = 0;
    cloud.events.useDeliverer('lambda', async () => {
      attempts += 1;
      throw new TargetDeliveryError('the function timed out');
    });
    await clients.events.send(new CreateEventBusCommand({ Name: 'orders' }));
    const { RuleArn } = await clients.events.send(
      new PutRuleCommand({
        Name: 'to-function',
        EventBusName: 'orders',
        EventPattern: '{"detail-type":["OrderCreated"]}',
      }),
    );
    const functionArn =
      'arn:aws:lambda:us-east-1:000000000000:function:validate';
    await clients.events.send(
      new PutTargetsCommand({
        Rule: 'to-function',
        EventBusName: 'orders',
        Targets: [
          {
            Id: 'function',
            Arn: functionArn,
            RetryPolicy: { MaximumRetryAttempts: 2 },
            DeadLetterConfig: { Arn: deadLetters.arn },
          },
        ],
      }),
    );

    const answer = await clients.events.send(
      new PutEventsCommand({
        Entries: [
          { ...orderCreated, EventBusName: 'orders', TraceHeader: traceHeader },
        ],
      }),
    );
    await cloud.events.idle();

    const [message] = cloud.sqs.messages('orders-dlq');
    const attribute = (name: string) =>
      message?.messageAttributes[name]?.StringValue;
    expect(attempts).toBe(3);
    expect(JSON.parse(message?.body ?? '{}').id).toBe(
      answer.Entries?.[0]?.EventId,
    );
    expect(attribute('RULE_ARN')).toBe(RuleArn);
    expect(attribute('TARGET_ARN')).toBe(functionArn);
    expect(attribute('ERROR_MESSAGE')).toBe('the function timed out');
    expect(attribute('EXHAUSTED_RETRY_CONDITION')).toBe(
      'MaximumRetryAttemptsExhausted',
    );
    expect(attribute('RETRY_ATTEMPTS')).toBe('2');
    expect(message?.traceHeader).toBe(traceHeader);
  });

  it('dead-letters at once, without retries, a target no emulated service takes', async () => {
    const deadLetters = cloud.sqs.createQueue('unreachable-dlq');
    const stateMachine =
      'arn:aws:states:us-east-1:000000000000:stateMachine:orders';
    cloud.events.buses.putRule({
      name: 'to-workflow',
      eventPattern: '{"source":["workflow"]}',
    });
    cloud.events.buses.putTargets('to-workflow', undefined, [
      {
        Id: 'kept',
        Arn: stateMachine,
        DeadLetterConfig: { Arn: deadLetters.arn },
      },
      { Id: 'lost', Arn: stateMachine },
    ]);
    const dropped = cloud.stats.events.dropped;

    cloud.events.putEvents([
      { Source: 'workflow', DetailType: 'Start', Detail: '{}' },
    ]);
    await cloud.events.idle();

    const [message] = cloud.sqs.messages('unreachable-dlq');
    expect(message?.messageAttributes.ERROR_CODE?.StringValue).toBe(
      'RESOURCE_NOT_FOUND',
    );
    expect(message?.messageAttributes.RETRY_ATTEMPTS?.StringValue).toBe('0');
    expect(
      message?.messageAttributes.EXHAUSTED_RETRY_CONDITION,
    ).toBeUndefined();
    expect(cloud.stats.events.dropped).toBe(dropped + 1);
  });

  it('lists the targets of a rule', async () => {
    const listed = await clients.events.send(
      new ListTargetsByRuleCommand({ Rule: 'big-orders' }),
    );

    expect(listed.Targets?.map((target) => target.Id)).toEqual(['queue']);
  });

  it('refuses an invalid event pattern with InvalidEventPatternException', async () => {
    await expect(
      clients.events.send(
        new PutRuleCommand({
          Name: 'broken',
          EventPattern: '{"source":"shop"}',
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidEventPatternException' });
  });

  it('tests an event against a pattern', async () => {
    const answer = await clients.events.send(
      new TestEventPatternCommand({
        EventPattern: '{"source":[{"prefix":"shop."}]}',
        Event: JSON.stringify({ source: 'shop.orders' }),
      }),
    );

    expect(answer.Result).toBe(true);
  });
});
