import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  DynamoDBClient,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import {
  GetSecretValueCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';

/**
 * A DynamoDB client backed by a map of claims that applies the claim's
 * condition as DynamoDB would: a key may be put when absent, or when it
 * is IN_PROGRESS with a lease that ended before the put's `:now`.
 *
 * @example
 * const { dynamo, claims } = fakeClaimsTable();
 */
export function fakeClaimsTable() {
  const dynamo = new DynamoDBClient({ region: 'us-east-1' });
  const claims = new Map<string, { status: string; lease: number }>();
  const mock = mockClient(dynamo);
  mock.on(PutItemCommand).callsFake((input) => {
    const key = input.Item.transitionKey.S as string;
    const existing = claims.get(key);
    const now = Number(input.ExpressionAttributeValues[':now'].N);
    const takeable =
      existing === undefined ||
      (existing.status === 'IN_PROGRESS' && existing.lease < now);
    if (!takeable) {
      throw new ConditionalCheckFailedException({
        message: 'The conditional request failed',
        $metadata: {},
      });
    }
    claims.set(key, {
      status: input.Item.status.S as string,
      lease: Number(input.Item.leaseExpiresAt.N),
    });
    return {};
  });
  mock.on(UpdateItemCommand).callsFake((input) => {
    const claim = claims.get(input.Key.transitionKey.S as string);
    if (claim) claim.status = 'PUBLISHED';
    return {};
  });
  mock.on(DeleteItemCommand).callsFake((input) => {
    claims.delete(input.Key.transitionKey.S as string);
    return {};
  });

  return { dynamo, claims };
}

/**
 * An SNS client that keeps what was published, or fails every publish
 * when `failing` is set.
 *
 * @example
 * const { sns, published } = fakeTopic();
 */
export function fakeTopic(options: { failing?: boolean } = {}) {
  const sns = new SNSClient({ region: 'us-east-1' });
  const published: {
    Subject?: string;
    Message?: string;
    MessageAttributes?: Record<string, { StringValue?: string }>;
  }[] = [];
  mockClient(sns)
    .on(PublishCommand)
    .callsFake((input) => {
      if (options.failing) throw new Error('SNS is unavailable');
      published.push(input);
      return { MessageId: `message-${published.length}` };
    });

  return { sns, published };
}

/**
 * A Secrets Manager client whose every secret holds `value`.
 *
 * @example
 * const secrets = fakeSecrets('http://127.0.0.1:9999/hook');
 */
export function fakeSecrets(value: string): SecretsManagerClient {
  const secrets = new SecretsManagerClient({ region: 'us-east-1' });
  mockClient(secrets)
    .on(GetSecretValueCommand)
    .resolves({ SecretString: value });

  return secrets;
}

/**
 * A logger that keeps its entries.
 *
 * @example
 * const logger = keptLogger(); logger.entries;
 */
export function keptLogger() {
  const entries: { level: string; message: string }[] = [];
  const keep = (level: string) => (message: string) => {
    entries.push({ level, message });
  };

  return {
    entries,
    info: keep('info'),
    warn: keep('warn'),
    error: keep('error'),
  };
}
