import {
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
} from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalCloud, startLocalCloud } from '../../src/index.js';
import { awsClients } from './aws-clients.js';

let cloud: LocalCloud;
let clients: ReturnType<typeof awsClients>;

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0 });
  clients = awsClients(cloud.endpoint);
});

afterAll(async () => {
  clients.sqs.destroy();
  await cloud.stop();
});

const traceHeader =
  'Root=1-6927a1b2-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1';

describe('SQS through the edge', () => {
  it('creates a queue and finds its URL by name', async () => {
    const created = await clients.sqs.send(
      new CreateQueueCommand({ QueueName: 'found' }),
    );
    const found = await clients.sqs.send(
      new GetQueueUrlCommand({ QueueName: 'found' }),
    );

    expect(found.QueueUrl).toBe(created.QueueUrl);
    expect(found.QueueUrl).toBe(`${cloud.endpoint}/000000000000/found`);
  });

  it('answers QueueDoesNotExist for an unknown queue name', async () => {
    await expect(
      clients.sqs.send(new GetQueueUrlCommand({ QueueName: 'missing' })),
    ).rejects.toMatchObject({ name: 'QueueDoesNotExist' });
  });

  it('keeps the trace header and message attributes of a sent message', async () => {
    const { QueueUrl } = await clients.sqs.send(
      new CreateQueueCommand({ QueueName: 'traced' }),
    );

    await clients.sqs.send(
      new SendMessageCommand({
        QueueUrl,
        MessageBody: '{"orderId":"o-1"}',
        MessageAttributes: {
          kind: { DataType: 'String', StringValue: 'OrderCreated' },
        },
        MessageSystemAttributes: {
          AWSTraceHeader: { DataType: 'String', StringValue: traceHeader },
        },
      }),
    );
    const received = await clients.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl,
        MessageSystemAttributeNames: ['AWSTraceHeader'],
        MessageAttributeNames: ['All'],
      }),
    );

    const [message] = received.Messages ?? [];
    expect(message?.Body).toBe('{"orderId":"o-1"}');
    expect(message?.Attributes?.AWSTraceHeader).toBe(traceHeader);
    expect(message?.MessageAttributes?.kind?.StringValue).toBe('OrderCreated');
    expect(cloud.sqs.messages('traced')[0]?.traceHeader).toBe(traceHeader);
  });

  it('hides a received message for its visibility timeout and deletes it by receipt', async () => {
    const { QueueUrl } = await clients.sqs.send(
      new CreateQueueCommand({ QueueName: 'visibility' }),
    );
    await clients.sqs.send(
      new SendMessageCommand({ QueueUrl, MessageBody: 'hello' }),
    );

    const first = await clients.sqs.send(
      new ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 30 }),
    );
    const hidden = await clients.sqs.send(
      new ReceiveMessageCommand({ QueueUrl }),
    );
    const counts = await clients.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl,
        AttributeNames: [
          'ApproximateNumberOfMessages',
          'ApproximateNumberOfMessagesNotVisible',
        ],
      }),
    );
    await clients.sqs.send(
      new DeleteMessageCommand({
        QueueUrl,
        ReceiptHandle: first.Messages?.[0]?.ReceiptHandle,
      }),
    );

    expect(first.Messages).toHaveLength(1);
    expect(hidden.Messages ?? []).toHaveLength(0);
    expect(counts.Attributes).toEqual({
      ApproximateNumberOfMessages: '0',
      ApproximateNumberOfMessagesNotVisible: '1',
    });
    expect(cloud.sqs.messages('visibility')).toHaveLength(0);
  });

  it('makes a message visible again once its visibility timeout ends', async () => {
    const { QueueUrl } = await clients.sqs.send(
      new CreateQueueCommand({ QueueName: 'redelivery' }),
    );
    await clients.sqs.send(
      new SendMessageCommand({ QueueUrl, MessageBody: 'again' }),
    );

    await clients.sqs.send(
      new ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 0 }),
    );
    const second = await clients.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl,
        MessageSystemAttributeNames: ['All'],
      }),
    );

    expect(second.Messages?.[0]?.Attributes?.ApproximateReceiveCount).toBe('2');
  });

  it('shows a message again at once when its visibility is changed to zero', async () => {
    const { QueueUrl } = await clients.sqs.send(
      new CreateQueueCommand({ QueueName: 'released' }),
    );
    await clients.sqs.send(
      new SendMessageCommand({ QueueUrl, MessageBody: 'retry me' }),
    );
    const first = await clients.sqs.send(
      new ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 300 }),
    );

    await clients.sqs.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl,
        ReceiptHandle: first.Messages?.[0]?.ReceiptHandle,
        VisibilityTimeout: 0,
      }),
    );
    const again = await clients.sqs.send(
      new ReceiveMessageCommand({ QueueUrl }),
    );

    expect(again.Messages?.[0]?.Body).toBe('retry me');
  });

  it('waits for a message with long polling', async () => {
    const { QueueUrl } = await clients.sqs.send(
      new CreateQueueCommand({ QueueName: 'long-poll' }),
    );

    const receiving = clients.sqs.send(
      new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 5 }),
    );
    setTimeout(() => cloud.sqs.sendMessage('long-poll', { body: 'late' }), 100);
    const received = await receiving;

    expect(received.Messages?.[0]?.Body).toBe('late');
  });

  it('answers ReceiptHandleIsInvalid for a receipt it never issued', async () => {
    const { QueueUrl } = await clients.sqs.send(
      new CreateQueueCommand({ QueueName: 'receipts' }),
    );

    await expect(
      clients.sqs.send(
        new DeleteMessageCommand({ QueueUrl, ReceiptHandle: 'forged' }),
      ),
    ).rejects.toMatchObject({ name: 'ReceiptHandleIsInvalid' });
  });
});
