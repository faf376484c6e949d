import {
  DescribeExecutionCommand,
  SFNClient,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalCloud, startLocalCloud } from '../../src/index.js';
import { fixture } from './lambda/fixtures.js';

let cloud: LocalCloud;
let sfn: SFNClient;

const definition = {
  StartAt: 'Echo',
  States: {
    Echo: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'echo', 'Payload.$': '$' },
      ResultSelector: { 'invocations.$': '$.Payload.invocations' },
      End: true,
    },
  },
};

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0 });
  cloud.lambda.register({ name: 'echo', codeDirectory: fixture('echo') });
  sfn = new SFNClient({
    endpoint: cloud.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
});

afterAll(async () => {
  sfn.destroy();
  await cloud.stop();
});

describe('startLocalCloud', () => {
  it('runs a state machine whose task invokes a function of the same cloud', async () => {
    const machine = cloud.stepFunctions.createStateMachine({
      name: 'echo-flow',
      definition: JSON.stringify(definition),
    });

    const started = await sfn.send(
      new StartExecutionCommand({
        stateMachineArn: machine.stateMachineArn,
        name: 'run-1',
        input: JSON.stringify({ orderId: 'ord-1' }),
      }),
    );
    await cloud.stepFunctions.waitForExecution(started.executionArn ?? '');
    const described = await sfn.send(
      new DescribeExecutionCommand({ executionArn: started.executionArn }),
    );

    expect(described.status).toBe('SUCCEEDED');
    expect(JSON.parse(described.output ?? '{}')).toEqual({ invocations: 1 });
    expect(cloud.lambda.stats().echo).toMatchObject({
      invocations: 1,
      coldStarts: 1,
    });
  });
});
