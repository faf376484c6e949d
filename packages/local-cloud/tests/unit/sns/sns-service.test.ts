import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Edge, startEdge } from '../../../src/edge/edge-server.js';
import { Faults } from '../../../src/faults.js';
import { LocalSns } from '../../../src/sns/local-sns.js';
import { createSnsService } from '../../../src/sns/sns-service.js';
import { createStats } from '../../../src/stats.js';

// What a SigV4-signing client sends: the credential scope names sns.
const AUTHORIZATION =
  'AWS4-HMAC-SHA256 Credential=test/20261203/us-east-1/sns/aws4_request, SignedHeaders=host, Signature=0';

let edge: Edge;
const sns = new LocalSns({ region: 'us-east-1' });

beforeAll(async () => {
  edge = await startEdge({
    port: 0,
    services: [createSnsService(sns)],
    stats: createStats(),
    faults: new Faults(),
  });
});

afterAll(async () => {
  await edge.stop();
});

async function call(parameters: Record<string, string>) {
  const response = await fetch(edge.url, {
    method: 'POST',
    headers: {
      authorization: AUTHORIZATION,
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
    },
    body: new URLSearchParams({ Version: '2010-03-31', ...parameters }),
  });

  return { status: response.status, text: await response.text() };
}

describe('SNS over the edge (query protocol)', () => {
  it('creates a topic and answers its ARN in XML', async () => {
    const answer = await call({ Action: 'CreateTopic', Name: 'alerts' });

    expect(answer.status).toBe(200);
    expect(answer.text).toContain(
      '<CreateTopicResult><TopicArn>arn:aws:sns:us-east-1:000000000000:alerts</TopicArn></CreateTopicResult>',
    );
  });

  it('keeps a published message with its subject and attributes', async () => {
    const topicArn = sns.createTopic('kept');

    const answer = await call({
      Action: 'Publish',
      TopicArn: topicArn,
      Subject: 'ALARM orders: throttle',
      Message: 'body with <xml> & "quotes"',
      'MessageAttributes.entry.1.Name': 'severity',
      'MessageAttributes.entry.1.Value.DataType': 'String',
      'MessageAttributes.entry.1.Value.StringValue': 'high',
    });

    const [kept] = sns.messages('kept');
    expect(answer.text).toContain(`<MessageId>${kept?.messageId}</MessageId>`);
    expect(kept).toMatchObject({
      subject: 'ALARM orders: throttle',
      message: 'body with <xml> & "quotes"',
      attributes: { severity: 'high' },
    });
  });

  it('answers NotFound with status 404 for an unknown topic', async () => {
    const answer = await call({
      Action: 'Publish',
      TopicArn: 'arn:aws:sns:us-east-1:000000000000:missing',
      Message: 'hello',
    });

    expect(answer.status).toBe(404);
    expect(answer.text).toContain('<Code>NotFound</Code>');
  });

  it('refuses a subject longer than 100 characters and keeps nothing', async () => {
    const topicArn = sns.createTopic('long-subjects');

    const answer = await call({
      Action: 'Publish',
      TopicArn: topicArn,
      Subject: 'x'.repeat(101),
      Message: 'm',
    });

    expect(answer.status).toBe(400);
    expect(answer.text).toContain('<Code>InvalidParameter</Code>');
    expect(sns.messages(topicArn)).toHaveLength(0);
  });
});

describe('LocalSns', () => {
  it('tells listeners about each message as it is published', () => {
    const local = new LocalSns({ region: 'eu-west-1' });
    const topicArn = local.createTopic('alerts');
    const heard: string[] = [];
    const stop = local.onPublish((message) => heard.push(message.message));

    local.publish({ topicArn, message: 'first' });
    stop();
    local.publish({ topicArn, message: 'second' });

    expect(heard).toEqual(['first']);
    expect(local.messages(topicArn)).toHaveLength(2);
  });
});
