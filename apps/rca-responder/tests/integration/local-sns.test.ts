import {
  CreateTopicCommand,
  InvalidParameterException,
  ListTopicsCommand,
  NotFoundException,
  PublishCommand,
  SNSClient,
} from '@aws-sdk/client-sns';
import { createSnsService, LocalSns, startLocalCloud } from '@org/local-cloud';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let stopCloud: () => Promise<void>;
let client: SNSClient;
const sns = new LocalSns({ region: 'us-east-1' });

beforeAll(async () => {
  const cloud = await startLocalCloud({ port: 0 });
  cloud.addService(createSnsService(sns));
  stopCloud = () => cloud.stop();
  client = new SNSClient({
    region: 'us-east-1',
    endpoint: cloud.endpoint,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
}, 30_000);

afterAll(async () => {
  client?.destroy();
  await stopCloud?.();
});

describe('the local SNS through the AWS SDK v3', () => {
  it('creates a topic, lists it and keeps what is published to it', async () => {
    const { TopicArn } = await client.send(
      new CreateTopicCommand({ Name: 'alerts' }),
    );

    const { MessageId } = await client.send(
      new PublishCommand({
        TopicArn,
        Subject: 'ALARM orders: throttle at DynamoDB orders (0.93)',
        Message: 'body with <xml> & "quotes"',
      }),
    );
    const { Topics } = await client.send(new ListTopicsCommand({}));

    expect(Topics).toEqual([{ TopicArn }]);
    expect(sns.messages('alerts')).toEqual([
      expect.objectContaining({
        messageId: MessageId,
        subject: 'ALARM orders: throttle at DynamoDB orders (0.93)',
        message: 'body with <xml> & "quotes"',
      }),
    ]);
  });

  it('answers an unknown topic with NotFoundException', async () => {
    const publish = client.send(
      new PublishCommand({
        TopicArn: 'arn:aws:sns:us-east-1:000000000000:missing',
        Message: 'hello',
      }),
    );

    await expect(publish).rejects.toBeInstanceOf(NotFoundException);
  });

  it('refuses a subject over 100 characters with InvalidParameterException', async () => {
    const TopicArn = sns.createTopic('strict');

    const publish = client.send(
      new PublishCommand({ TopicArn, Subject: 'x'.repeat(101), Message: 'm' }),
    );

    await expect(publish).rejects.toBeInstanceOf(InvalidParameterException);
  });
});
