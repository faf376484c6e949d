import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalCloud, startLocalCloud } from '../../../src/index.js';
import {
  dynamoDbThroughEdge,
  LocalStepFunctions,
} from '../../../src/stepfunctions/index.js';
import { storeSink } from '../../../src/xray/index.js';

const markFailed = {
  StartAt: 'MarkOrderFailed',
  TimeoutSeconds: 30,
  States: {
    MarkOrderFailed: {
      Type: 'Task',
      Resource: 'arn:aws:states:::dynamodb:updateItem',
      Parameters: {
        TableName: 'gated-orders',
        Key: { orderId: { 'S.$': '$.orderId' } },
        UpdateExpression: 'SET #status = :failed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':failed': { S: 'FAILED' } },
      },
      End: true,
    },
  },
};

const hangingTask = {
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'payment', 'Payload.$': '$' },
      TimeoutSeconds: 1,
      Catch: [{ ErrorEquals: ['States.Timeout'], Next: 'TimedOut' }],
      End: true,
    },
    TimedOut: { Type: 'Fail', Error: 'ChargeTimedOut' },
  },
};

let cloud: LocalCloud;
let stepFunctions: LocalStepFunctions;

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0 });
  stepFunctions = new LocalStepFunctions({
    dynamodb: dynamoDbThroughEdge(cloud.endpoint),
    invokeFunction: () => new Promise(() => {}),
    sink: storeSink(cloud.xray.store),
  });
  await cloud.dynamodb.request('CreateTable', {
    TableName: 'gated-orders',
    AttributeDefinitions: [{ AttributeName: 'orderId', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'orderId', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
  });
});

afterAll(async () => {
  await cloud.stop();
});

function deploy(name: string, definition: Record<string, unknown>) {
  const { stateMachineArn } = stepFunctions.createStateMachine({
    name,
    definition,
  });

  return async (input: object) => {
    const execution = stepFunctions.startExecution({
      stateMachineArn,
      input: JSON.stringify(input),
    });
    return stepFunctions.waitForExecution(execution.executionArn);
  };
}

describe('Task states against the gated local cloud', () => {
  it('fails a throttled updateItem with DynamoDB.ProvisionedThroughputExceededException', async () => {
    const run = deploy('mark-failed', markFailed);
    cloud.faults.setThroughput('gated-orders', { read: 1, write: 1 });
    // A 3 KB write costs 3 WCU: the bucket of 1 WCU/s stays empty for ~2 s.
    await dynamoDbThroughEdge(cloud.endpoint).request('PutItem', {
      TableName: 'gated-orders',
      Item: { orderId: { S: 'o-0' }, note: { S: 'x'.repeat(3000) } },
    });

    const execution = await run({ orderId: 'o-1' });
    cloud.faults.clearThroughput('gated-orders');

    expect(execution.status).toBe('FAILED');
    expect(execution.error).toBe(
      'DynamoDB.ProvisionedThroughputExceededException',
    );
  });

  it('ends a Task that outlives its TimeoutSeconds with States.Timeout', async () => {
    const execution = await deploy('hanging', hangingTask)({ orderId: 'o-2' });

    expect(execution.status).toBe('FAILED');
    expect(execution.error).toBe('ChargeTimedOut');
    expect(
      execution.history.find((event) => event.type === 'StateFailed')?.error,
    ).toBe('States.Timeout');
    const segment = [...cloud.xray.store.traces()]
      .flatMap((trace) => [...trace.documents.values()])
      .find(
        (document) => document.aws?.execution_arn === execution.executionArn,
      );
    const [invoke] = segment?.subsegments?.[0]?.subsegments ?? [];
    expect(invoke?.end_time).toBeGreaterThan(invoke?.start_time ?? 0);
    expect(invoke?.cause?.exceptions?.[0]?.type).toBe('States.Timeout');
  });
});
