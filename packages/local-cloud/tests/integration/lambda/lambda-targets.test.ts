import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalCloud, startLocalCloud } from '../../../src/index.js';
import {
  attachLocalLambda,
  type LocalLambda,
} from '../../../src/lambda/index.js';
import { fixture } from './fixtures.js';

let cloud: LocalCloud;
let lambda: LocalLambda;

beforeAll(async () => {
  cloud = await startLocalCloud({
    port: 0,
    eventBackoff: { baseDelayMs: 5, maxDelayMs: 20 },
  });
  lambda = attachLocalLambda(cloud);
  lambda.register({ name: 'echo', codeDirectory: fixture('echo') });
  lambda.register({ name: 'failing', codeDirectory: fixture('failing') });
});

afterAll(async () => {
  await lambda.stop();
  await cloud.stop();
});

const traceHeader =
  'Root=1-6927a1b2-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1';

async function ruleTo(functionName: string, deadLetterQueue: string) {
  const queue = cloud.sqs.createQueue(deadLetterQueue);
  const arn = (name: string) =>
    `arn:aws:lambda:us-east-1:000000000000:function:${name}`;
  cloud.events.buses.putRule({
    name: `to-${functionName}`,
    eventPattern: JSON.stringify({ source: [`shop.${functionName}`] }),
  });
  cloud.events.buses.putTargets(`to-${functionName}`, undefined, [
    {
      Id: functionName,
      Arn: arn(functionName),
      RetryPolicy: { MaximumRetryAttempts: 2 },
      DeadLetterConfig: { Arn: queue.arn },
    },
  ]);
}

describe('EventBridge rules with Lambda targets', () => {
  it('invokes the function asynchronously within the event trace', async () => {
    await ruleTo('echo', 'echo-dlq');

    cloud.events.putEvents([
      {
        Source: 'shop.echo',
        DetailType: 'OrderCreated',
        Detail: '{"orderId":"o-1"}',
        TraceHeader: traceHeader,
      },
    ]);
    await cloud.events.idle();

    expect(lambda.stats().echo?.invocations).toBe(1);
    expect(cloud.sqs.messages('echo-dlq')).toHaveLength(0);
    const trace = cloud.xray.store.getTrace(
      '1-6927a1b2-0123456789abcdef01234567',
    );
    const service = [...(trace?.documents.values() ?? [])].find(
      (document) => document.origin === 'AWS::Lambda',
    );
    expect(service?.parent_id).toBe('53995c3f42cd8ad8');
    expect(service?.subsegments?.map((sub) => sub.name)).toEqual([
      'Dwell Time',
      'Attempt #1',
    ]);
  });

  it('retries a failing function and dead-letters the event', async () => {
    await ruleTo('failing', 'failing-dlq');

    cloud.events.putEvents([
      {
        Source: 'shop.failing',
        DetailType: 'OrderCreated',
        Detail: '{"orderId":"o-2"}',
      },
    ]);
    await cloud.events.idle();

    const [message] = cloud.sqs.messages('failing-dlq');
    expect(lambda.stats().failing?.errors).toBe(3);
    expect(message?.messageAttributes.ERROR_MESSAGE?.StringValue).toContain(
      'TypeError: cannot charge order o-2',
    );
  });
});
