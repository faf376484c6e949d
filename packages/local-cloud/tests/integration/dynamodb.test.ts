import {
  BatchWriteItemCommand,
  CreateTableCommand,
  DeleteItemCommand,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
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
  clients.dynamodb.destroy();
  await cloud.stop();
});

async function createTable(
  name: string,
  throughput?: { read: number; write: number },
) {
  await clients.dynamodb.send(
    new CreateTableCommand({
      TableName: name,
      AttributeDefinitions: [{ AttributeName: 'orderId', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'orderId', KeyType: 'HASH' }],
      ...(throughput
        ? {
            ProvisionedThroughput: {
              ReadCapacityUnits: throughput.read,
              WriteCapacityUnits: throughput.write,
            },
          }
        : { BillingMode: 'PAY_PER_REQUEST' }),
    }),
  );
}

describe('DynamoDB through the edge', { timeout: 30_000 }, () => {
  it('creates, writes, reads, updates, queries and deletes items with the SDK', async () => {
    await createTable('crud', { read: 100, write: 100 });
    const Key = { orderId: { S: 'o-1' } };

    await clients.dynamodb.send(
      new PutItemCommand({
        TableName: 'crud',
        Item: { ...Key, status: { S: 'PLACED' } },
        ConditionExpression: 'attribute_not_exists(orderId)',
      }),
    );
    await clients.dynamodb.send(
      new UpdateItemCommand({
        TableName: 'crud',
        Key,
        UpdateExpression: 'SET #s = :s',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':s': { S: 'FULFILLED' } },
      }),
    );
    const got = await clients.dynamodb.send(
      new GetItemCommand({ TableName: 'crud', Key, ConsistentRead: true }),
    );
    const queried = await clients.dynamodb.send(
      new QueryCommand({
        TableName: 'crud',
        KeyConditionExpression: 'orderId = :id',
        ExpressionAttributeValues: { ':id': { S: 'o-1' } },
      }),
    );
    await clients.dynamodb.send(
      new DeleteItemCommand({ TableName: 'crud', Key }),
    );
    const afterDelete = await clients.dynamodb.send(
      new GetItemCommand({ TableName: 'crud', Key }),
    );
    const tables = await clients.dynamodb.send(new ListTablesCommand({}));

    expect(got.Item?.status).toEqual({ S: 'FULFILLED' });
    expect(got.ConsumedCapacity).toBeUndefined();
    expect(queried.Count).toBe(1);
    expect(afterDelete.Item).toBeUndefined();
    expect(tables.TableNames).toContain('crud');
  });

  it('answers ConditionalCheckFailedException for a duplicate order id', async () => {
    await createTable('duplicates', { read: 100, write: 100 });
    const put = new PutItemCommand({
      TableName: 'duplicates',
      Item: { orderId: { S: 'o-1' } },
      ConditionExpression: 'attribute_not_exists(orderId)',
    });
    await clients.dynamodb.send(put);

    await expect(clients.dynamodb.send(put)).rejects.toMatchObject({
      name: 'ConditionalCheckFailedException',
    });
  });

  it('returns consumed capacity when the caller asks for it', async () => {
    await createTable('capacity', { read: 100, write: 100 });

    const answer = await clients.dynamodb.send(
      new PutItemCommand({
        TableName: 'capacity',
        Item: { orderId: { S: 'o-1' }, blob: { S: 'x'.repeat(2500) } },
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );

    expect(answer.ConsumedCapacity).toMatchObject({
      TableName: 'capacity',
      CapacityUnits: 3,
    });
    expect(cloud.stats.dynamodb.consumed.capacity?.write).toBe(3);
  });

  it('throttles concurrent writes to a 1 WCU table and the SDK retries them', async () => {
    await createTable('tiny', { read: 1, write: 1 });

    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, index) =>
        clients.dynamodb.send(
          new PutItemCommand({
            TableName: 'tiny',
            Item: { orderId: { S: `o-${index}` } },
          }),
        ),
      ),
    );

    const attempts = results.map((result) =>
      result.status === 'fulfilled'
        ? result.value.$metadata.attempts
        : (result.reason as { $metadata: { attempts: number } }).$metadata
            .attempts,
    );
    const failures = results.filter((result) => result.status === 'rejected');
    expect(cloud.stats.dynamodb.throttled.tiny).toBeGreaterThan(0);
    expect(Math.max(...(attempts as number[]))).toBeGreaterThan(1);
    for (const failure of failures) {
      expect((failure as PromiseRejectedResult).reason).toMatchObject({
        name: 'ProvisionedThroughputExceededException',
        message: expect.stringContaining(
          'provisioned throughput for the table was exceeded',
        ),
      });
    }
  });

  it('does not gate on-demand tables', async () => {
    await createTable('on-demand');

    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        clients.dynamodb.send(
          new PutItemCommand({
            TableName: 'on-demand',
            Item: { orderId: { S: `o-${index}` } },
          }),
        ),
      ),
    );

    expect(cloud.stats.dynamodb.throttled['on-demand']).toBeUndefined();
  });

  it('throttles an on-demand table once a throughput fault is set', async () => {
    await createTable('knob');
    cloud.faults.setThroughput('knob', { read: 1, write: 1 });
    const noRetry = awsClients(cloud.endpoint, 1).dynamodb;

    const results = await Promise.allSettled(
      Array.from({ length: 4 }, (_, index) =>
        noRetry.send(
          new BatchWriteItemCommand({
            RequestItems: {
              knob: [
                { PutRequest: { Item: { orderId: { S: `o-${index}` } } } },
              ],
            },
          }),
        ),
      ),
    );
    cloud.faults.clearThroughput('knob');
    noRetry.destroy();

    expect(
      results.filter((result) => result.status === 'rejected').length,
    ).toBeGreaterThan(0);
    expect(cloud.stats.dynamodb.throttled.knob).toBeGreaterThan(0);
  });
});
