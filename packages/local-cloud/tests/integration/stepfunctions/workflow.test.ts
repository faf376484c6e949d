import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListStateMachinesCommand,
  type SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalCloud, startLocalCloud } from '../../../src/index.js';
import type {
  InvokeFunction,
  LocalStepFunctions,
} from '../../../src/stepfunctions/index.js';
import { parseTraceHeader } from '../../../src/xray/index.js';
import { attachStepFunctions } from './step-functions-clients.js';

const chargeRetry = {
  ErrorEquals: ['PaymentProviderUnavailable'],
  IntervalSeconds: 2,
  MaxAttempts: 3,
  BackoffRate: 2,
};

const orderWorkflow = {
  StartAt: 'ChargePayment',
  States: {
    ChargePayment: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'payment', 'Payload.$': '$' },
      ResultSelector: { 'paymentId.$': '$.Payload.paymentId' },
      ResultPath: '$.payment',
      Retry: [chargeRetry],
      Catch: [
        {
          ErrorEquals: ['States.ALL'],
          ResultPath: '$.error',
          Next: 'MarkOrderFailed',
        },
      ],
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
    MarkOrderFailed: {
      Type: 'Task',
      Resource: 'arn:aws:states:::dynamodb:updateItem',
      Parameters: {
        TableName: 'sfn-orders',
        Key: { orderId: { 'S.$': '$.orderId' } },
        UpdateExpression:
          'SET #status = :status, failureReason = :reason, updatedAt = :updatedAt',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':status': { S: 'FAILED' },
          ':reason': {
            'S.$': "States.Format('{}: {}', $.error.Error, $.error.Cause)",
          },
          ':updatedAt': { 'S.$': '$$.State.EnteredTime' },
        },
      },
      ResultPath: null,
      Next: 'EmitOrderFailed',
    },
    EmitOrderFailed: {
      Type: 'Task',
      Resource: 'arn:aws:states:::events:putEvents',
      Parameters: {
        Entries: [
          {
            Source: 'sfn.orders',
            DetailType: 'OrderFailed',
            EventBusName: 'default',
            Detail: { 'orderId.$': '$.orderId', 'reason.$': '$.error.Error' },
          },
        ],
      },
      ResultPath: null,
      Next: 'OrderFailed',
    },
    OrderFailed: {
      Type: 'Fail',
      Error: 'OrderFailed',
      Cause: 'The order was marked FAILED.',
    },
  },
};

const upstreamHeader =
  'Root=1-6927a1b2-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1';

let cloud: LocalCloud;
let sfn: SFNClient;
let stepFunctions: LocalStepFunctions;
let stateMachineArn: string;
const calls: Array<{ orderId: string; traceHeader?: string }> = [];

let releaseHeld: () => void = () => {};
const held = new Promise<void>((resolve) => {
  releaseHeld = resolve;
});

// Order ids say how the in-test payment function behaves: "flaky-…" fails
// twice with a retryable error, "declined-…" always fails, "held-…" waits
// for releaseHeld(), "hung-…" never answers, others succeed.
const payment: InvokeFunction = async (_name, payload, { traceHeader }) => {
  const { orderId } = payload as { orderId: string };
  calls.push({ orderId, traceHeader });
  const attempts = calls.filter((call) => call.orderId === orderId).length;
  if (orderId.startsWith('held')) await held;
  if (orderId.startsWith('hung')) return new Promise(() => {});
  if (orderId.startsWith('declined')) {
    return unhandled('PaymentDeclined', 'card declined');
  }
  if (orderId.startsWith('flaky') && attempts <= 2) {
    return unhandled('PaymentProviderUnavailable', 'provider answered 503');
  }
  return { StatusCode: 200, Payload: { paymentId: `pay-${orderId}` } };
};

function unhandled(errorType: string, errorMessage: string) {
  return {
    StatusCode: 200,
    FunctionError: 'Unhandled',
    Payload: { errorType, errorMessage },
  };
}

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0 });
  ({ stepFunctions, sfn } = attachStepFunctions(cloud, payment));
  await cloud.dynamodb.request('CreateTable', {
    TableName: 'sfn-orders',
    AttributeDefinitions: [{ AttributeName: 'orderId', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'orderId', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
  });
  const queue = cloud.sqs.createQueue('sfn-failed-orders');
  cloud.events.buses.putRule({
    name: 'failed-orders',
    eventPattern: JSON.stringify({ source: ['sfn.orders'] }),
  });
  cloud.events.buses.putTargets('failed-orders', undefined, [
    { Id: 'queue', Arn: queue.arn },
  ]);
  const created = await sfn.send(
    new CreateStateMachineCommand({
      name: 'order-workflow',
      definition: JSON.stringify(orderWorkflow),
      roleArn: 'arn:aws:iam::000000000000:role/order-workflow',
    }),
  );
  stateMachineArn = created.stateMachineArn ?? '';
});

afterAll(async () => {
  sfn.destroy();
  await cloud.stop();
});

async function runOrder(orderId: string, traceHeader?: string) {
  const started = await sfn.send(
    new StartExecutionCommand({
      stateMachineArn,
      name: orderId,
      input: JSON.stringify({ orderId }),
      traceHeader,
    }),
  );
  await stepFunctions.waitForExecution(started.executionArn ?? '');

  return sfn.send(
    new DescribeExecutionCommand({ executionArn: started.executionArn }),
  );
}

describe('Step Functions in the local cloud', () => {
  it('retries a retryable function error and succeeds without waiting real intervals', async () => {
    const described = await runOrder('flaky-1');

    const attempts = calls.filter((call) => call.orderId === 'flaky-1');
    const seconds =
      (described.stopDate?.getTime() ?? 0) -
      (described.startDate?.getTime() ?? 0);
    expect(described.status).toBe('SUCCEEDED');
    expect(attempts).toHaveLength(3);
    expect(JSON.parse(described.output ?? '{}').payment).toEqual({
      paymentId: 'pay-flaky-1',
    });
    // AWS would wait 2 s then 4 s between the three attempts.
    expect(seconds).toBeLessThan(6000);
  });

  it('catches a lasting failure, marks the order, emits OrderFailed and fails', async () => {
    const described = await runOrder('declined-1');
    await cloud.events.idle();

    const item = (await cloud.dynamodb.request('GetItem', {
      TableName: 'sfn-orders',
      Key: { orderId: { S: 'declined-1' } },
    })) as { Item?: Record<string, { S?: string }> };
    const [message] = cloud.sqs.messages('sfn-failed-orders');
    expect(described.status).toBe('FAILED');
    expect(described.error).toBe('OrderFailed');
    expect(described.cause).toBe('The order was marked FAILED.');
    expect(item.Item?.status?.S).toBe('FAILED');
    expect(item.Item?.failureReason?.S).toMatch(/^PaymentDeclined: \{/);
    expect(Date.parse(item.Item?.updatedAt?.S ?? '')).not.toBeNaN();
    expect(JSON.parse(message?.body ?? '{}')).toMatchObject({
      'detail-type': 'OrderFailed',
      detail: { orderId: 'declined-1', reason: 'PaymentDeclined' },
    });
  });

  it('answers the same execution for a repeated StartExecution and refuses other input', async () => {
    const input = JSON.stringify({ orderId: 'held-1' });
    const first = await sfn.send(
      new StartExecutionCommand({ stateMachineArn, name: 'held-1', input }),
    );
    const again = await sfn.send(
      new StartExecutionCommand({ stateMachineArn, name: 'held-1', input }),
    );
    const conflict = sfn.send(
      new StartExecutionCommand({
        stateMachineArn,
        name: 'held-1',
        input: '{"orderId":"other"}',
      }),
    );

    await expect(conflict).rejects.toMatchObject({
      name: 'ExecutionAlreadyExists',
    });
    expect(again.executionArn).toBe(first.executionArn);
    releaseHeld();
    await stepFunctions.waitForExecution(first.executionArn ?? '');
  });

  it('lists executions by status and by page, and state machines', async () => {
    const failed = await sfn.send(
      new ListExecutionsCommand({ stateMachineArn, statusFilter: 'FAILED' }),
    );
    const machines = await sfn.send(new ListStateMachinesCommand({}));

    expect(failed.executions?.map((execution) => execution.name)).toEqual([
      'declined-1',
    ]);
    const firstPage = await sfn.send(
      new ListExecutionsCommand({ stateMachineArn, maxResults: 1 }),
    );
    const secondPage = await sfn.send(
      new ListExecutionsCommand({
        stateMachineArn,
        maxResults: 1,
        nextToken: firstPage.nextToken,
      }),
    );
    expect(firstPage.executions).toHaveLength(1);
    expect(secondPage.executions).toHaveLength(1);
    expect(secondPage.executions?.[0]?.name).not.toBe(
      firstPage.executions?.[0]?.name,
    );
    expect(machines.stateMachines?.map((machine) => machine.name)).toContain(
      'order-workflow',
    );
  });

  it('traces the execution under the caller and hands the function its invoke subsegment', async () => {
    await runOrder('flaky-traced', upstreamHeader);

    const upstream = parseTraceHeader(upstreamHeader);
    const trace = cloud.xray.store.getTrace(upstream.root);
    const segment = [...(trace?.documents.values() ?? [])].find(
      (document) => document.origin === 'AWS::StepFunctions::StateMachine',
    );
    const charge = segment?.subsegments?.find(
      (state) => state.name === 'ChargePayment',
    );
    const invokes = charge?.subsegments ?? [];
    const lastCall = calls
      .filter((call) => call.orderId === 'flaky-traced')
      .at(-1);
    expect(segment?.parent_id).toBe(upstream.parent);
    expect(segment?.subsegments?.map((state) => state.name)).toEqual([
      'ChargePayment',
      'Done',
    ]);
    expect(
      invokes.map((invoke) => invoke.fault ?? invoke.error ?? false),
    ).toEqual([true, true, false]);
    expect(parseTraceHeader(lastCall?.traceHeader ?? '')).toMatchObject({
      root: upstream.root,
      parent: invokes[2]?.id,
    });
  });

  it('stops a running execution as ABORTED with the given error and cause', async () => {
    const started = await sfn.send(
      new StartExecutionCommand({
        stateMachineArn,
        name: 'hung-1',
        input: '{"orderId":"hung-1"}',
      }),
    );
    await sfn.send(
      new StopExecutionCommand({
        executionArn: started.executionArn,
        error: 'Operator',
        cause: 'payment provider hangs',
      }),
    );

    const described = await sfn.send(
      new DescribeExecutionCommand({ executionArn: started.executionArn }),
    );
    expect(described).toMatchObject({
      status: 'ABORTED',
      error: 'Operator',
      cause: 'payment provider hangs',
    });
  });

  it('answers the history of a caught failure as GetExecutionHistory does', async () => {
    const [declined] = stepFunctions.executions({ status: 'FAILED' });
    const history = await sfn.send(
      new GetExecutionHistoryCommand({ executionArn: declined?.executionArn }),
    );

    const events = history.events ?? [];
    const names = events.map(
      (event) =>
        event.stateEnteredEventDetails?.name ??
        event.stateExitedEventDetails?.name ??
        '',
    );
    expect(events.map((event) => event.type)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'TaskFailed',
      'TaskStateExited',
      'TaskStateEntered',
      'TaskStateExited',
      'TaskStateEntered',
      'TaskStateExited',
      'FailStateEntered',
      'ExecutionFailed',
    ]);
    expect(names.filter(Boolean)).toEqual([
      'ChargePayment',
      'ChargePayment',
      'MarkOrderFailed',
      'MarkOrderFailed',
      'EmitOrderFailed',
      'EmitOrderFailed',
      'OrderFailed',
    ]);
    expect(events[2]?.taskFailedEventDetails).toMatchObject({
      resourceType: 'lambda',
      resource: 'invoke',
      error: 'PaymentDeclined',
    });
    expect(events.at(-1)?.executionFailedEventDetails?.error).toBe(
      'OrderFailed',
    );
  });
});
