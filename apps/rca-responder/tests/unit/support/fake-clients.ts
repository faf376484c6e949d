import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  DynamoDBClient,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import {
  GetSecretValueCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';

/**
 * A DynamoDB client backed by a set of claimed keys: a conditional put of
 * a key already in the set fails as DynamoDB's would.
 *
 * @example
 * const { dynamo, claimedKeys } = fakeClaimsTable();
 */
export function fakeClaimsTable() {
  const dynamo = new DynamoDBClient({ region: 'us-east-1' });
  const claimedKeys = new Set<string>();
  const mock = mockClient(dynamo);
  mock.on(PutItemCommand).callsFake((input) => {
    const key = input.Item.transitionKey.S as string;
    if (claimedKeys.has(key)) {
      throw new ConditionalCheckFailedException({
        message: 'The conditional request failed',
        $metadata: {},
      });
    }
    claimedKeys.add(key);
    return {};
  });
  mock.on(DeleteItemCommand).callsFake((input) => {
    claimedKeys.delete(input.Key.transitionKey.S as string);
    return {};
  });

  return { dynamo, claimedKeys };
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
  const published: { Subject?: string; Message?: string }[] = [];
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
