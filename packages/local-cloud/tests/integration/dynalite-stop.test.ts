import { describe, expect, it } from 'vitest';
import { startDynalite } from '../../src/dynamodb/dynalite-backend.js';

const UPDATES = 200;

describe('the DynamoDB backend when it stops', () => {
  it('lets the requests in flight finish, then refuses new ones', async () => {
    const backend = await startDynalite();
    await backend.send({
      target: 'DynamoDB_20120810.CreateTable',
      body: JSON.stringify({
        TableName: 'counters',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    });
    const uncaught: unknown[] = [];
    const collect = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', collect);
    try {
      // Updates of one item queue behind its lock inside dynalite, so
      // most are still waiting when stop is called.
      const updates = Array.from({ length: UPDATES }, () =>
        backend
          .send({
            target: 'DynamoDB_20120810.UpdateItem',
            body: JSON.stringify({
              TableName: 'counters',
              Key: { id: { S: 'one' } },
              UpdateExpression: 'ADD hits :one',
              ExpressionAttributeValues: { ':one': { N: '1' } },
            }),
          })
          .then((answer) => answer.status),
      );
      await new Promise((resolve) => setTimeout(resolve, 5));
      await backend.stop();
      const statuses = await Promise.all(updates);
      await new Promise((resolve) => setTimeout(resolve, 50));

      expect(uncaught).toEqual([]);
      expect(statuses).toEqual(Array(UPDATES).fill(200));
      await expect(
        backend.send({ target: 'DynamoDB_20120810.ListTables', body: '{}' }),
      ).rejects.toThrow('stopped');
    } finally {
      process.off('uncaughtException', collect);
    }
  });
});
