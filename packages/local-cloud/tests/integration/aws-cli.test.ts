import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalCloud, startLocalCloud } from '../../src/index.js';

const AWS_CLI = '/usr/bin/aws';
const cliPresent = existsSync(AWS_CLI);
const run = promisify(execFile);

if (!cliPresent) {
  process.stderr.write(
    `Skipping the AWS CLI checks: ${AWS_CLI} is absent (apt-get install awscli).\n`,
  );
}

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

async function aws(...args: string[]): Promise<unknown> {
  const { stdout } = await run(
    AWS_CLI,
    [...args, '--endpoint-url', cloud.endpoint, '--output', 'json'],
    {
      timeout: 30_000,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_PAGER: '',
        AWS_CONFIG_FILE: '/dev/null',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
      },
    },
  );

  return JSON.parse(stdout);
}

describe.skipIf(!cliPresent)(
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
