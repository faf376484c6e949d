import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalCloud, startLocalCloud } from '../../src/index.js';
import { awsCli, awsCliPresent, noteAbsentAwsCli } from './run-aws-cli.js';

noteAbsentAwsCli('the AWS CLI checks');

let cloud: LocalCloud;

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0 });
  await cloud.dynamodb.request('CreateTable', {
    TableName: 'cli-orders',
    AttributeDefinitions: [{ AttributeName: 'orderId', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'orderId', KeyType: 'HASH' }],
    ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
  });
  await cloud.dynamodb.request('PutItem', {
    TableName: 'cli-orders',
    Item: { orderId: { S: 'o-1' }, status: { S: 'PLACED' } },
  });
});

afterAll(async () => {
  await cloud.stop();
});

function aws(...args: string[]): Promise<unknown> {
  return awsCli(cloud.endpoint, ...args);
}

describe.skipIf(!awsCliPresent)(
  'the AWS CLI v2 against the edge',
  { timeout: 60_000 },
  () => {
    it('lists DynamoDB tables', async () => {
      const listed = (await aws('dynamodb', 'list-tables')) as {
        TableNames: string[];
      };

      expect(listed.TableNames).toContain('cli-orders');
    });

    it('gets a DynamoDB item', async () => {
      const got = (await aws(
        'dynamodb',
        'get-item',
        '--table-name',
        'cli-orders',
        '--key',
        '{"orderId":{"S":"o-1"}}',
      )) as { Item: Record<string, unknown> };

      expect(got.Item.status).toEqual({ S: 'PLACED' });
    });

    it('puts events on EventBridge', async () => {
      const put = (await aws(
        'events',
        'put-events',
        '--entries',
        JSON.stringify([
          { Source: 'cli', DetailType: 'Check', Detail: '{"ok":true}' },
          { Source: 'cli', DetailType: 'Check', Detail: 'broken' },
        ]),
      )) as { FailedEntryCount: number; Entries: { EventId?: string }[] };

      expect(put.FailedEntryCount).toBe(1);
      expect(put.Entries[0]?.EventId).toMatch(/^[0-9a-f-]{36}$/);
    });
  },
);
