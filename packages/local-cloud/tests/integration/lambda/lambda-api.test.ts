import {
  GetFunctionCommand,
  InvokeCommand,
  LambdaClient,
  ListFunctionsCommand,
  ResourceNotFoundException,
  TooManyRequestsException,
} from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalCloud, startLocalCloud } from '../../../src/index.js';
import {
  attachLocalLambda,
  type LocalLambda,
} from '../../../src/lambda/index.js';
import { fixture } from './fixtures.js';

let cloud: LocalCloud;
let lambda: LocalLambda;
let client: LambdaClient;

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0 });
  lambda = attachLocalLambda(cloud);
  lambda.register({
    name: 'echo',
    codeDirectory: fixture('echo'),
    environment: { ORDERS_TABLE_NAME: 'orders' },
    memoryMb: 256,
  });
  lambda.register({ name: 'failing', codeDirectory: fixture('failing') });
  lambda.register({
    name: 'slow',
    codeDirectory: fixture('slow'),
    timeoutSeconds: 0.5,
  });
  lambda.register({
    name: 'single',
    codeDirectory: fixture('slow'),
    reservedConcurrency: 1,
  });
  lambda.register({ name: 'traced', codeDirectory: fixture('traced') });
  client = new LambdaClient({
    endpoint: cloud.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
});

afterAll(async () => {
  client.destroy();
  await lambda.stop();
  await cloud.stop();
});

const decode = (payload: Uint8Array | undefined) =>
  JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;

const invoke = (functionName: string, event: unknown) =>
  client.send(
    new InvokeCommand({
      FunctionName: functionName,
      Payload: new TextEncoder().encode(JSON.stringify(event)),
    }),
  );

describe('the Lambda API over the edge', () => {
  it('invokes a function and returns its result with the Lambda environment', async () => {
    const answer = await invoke('echo', { orderId: 'o-1' });

    const payload = decode(answer.Payload);
    expect(answer.StatusCode).toBe(200);
    expect(answer.FunctionError).toBeUndefined();
    expect(payload.event).toEqual({ orderId: 'o-1' });
    expect(payload.functionName).toBe('echo');
    expect(payload.remainingMs).toBeGreaterThan(2_000);
    expect(payload.environment).toEqual({
      endpoint: cloud.endpoint,
      region: 'us-east-1',
      table: 'orders',
      taskRoot: fixture('echo'),
      accessKeyId: 'local',
    });
  });

  it('answers a handler error with X-Amz-Function-Error Unhandled', async () => {
    const answer = await invoke('failing', { orderId: 'o-9' });

    expect(answer.FunctionError).toBe('Unhandled');
    expect(decode(answer.Payload)).toMatchObject({
      errorType: 'TypeError',
      errorMessage: 'cannot charge order o-9',
    });
  });

  it('ends a slow invocation with Sandbox.Timedout', async () => {
    const answer = await invoke('slow', { sleepMs: 5_000 });

    expect(answer.FunctionError).toBe('Unhandled');
    expect(decode(answer.Payload)).toEqual({
      errorType: 'Sandbox.Timedout',
      errorMessage: expect.stringMatching(
        /^RequestId: [0-9a-f-]{36} Error: Task timed out after 0\.50 seconds$/,
      ),
    });
  });

  it('throttles 4 of 5 concurrent invokes at reserved concurrency 1', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, () => invoke('single', { sleepMs: 300 })),
    );

    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(refused).toHaveLength(4);
    for (const outcome of refused) {
      expect(outcome.reason).toBeInstanceOf(TooManyRequestsException);
      expect(outcome.reason.$metadata.httpStatusCode).toBe(429);
    }
    expect(lambda.stats().single?.throttles).toBe(4);
  });

  it('refuses an unknown function with ResourceNotFoundException', async () => {
    await expect(invoke('ghost', {})).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
  });

  it('answers 202 to an Event invoke and runs it in the background', async () => {
    const before = lambda.stats().echo?.invocations ?? 0;

    const answer = await client.send(
      new InvokeCommand({ FunctionName: 'echo', InvocationType: 'Event' }),
    );
    await lambda.idle();

    expect(answer.StatusCode).toBe(202);
    expect(lambda.stats().echo?.invocations).toBe(before + 1);
  });

  it('checks the function without running it on a DryRun', async () => {
    const before = lambda.stats().echo?.invocations;

    const answer = await client.send(
      new InvokeCommand({ FunctionName: 'echo', InvocationType: 'DryRun' }),
    );

    expect(answer.StatusCode).toBe(204);
    expect(lambda.stats().echo?.invocations).toBe(before);
  });

  it('refuses a payload that is not JSON', async () => {
    await expect(
      client.send(
        new InvokeCommand({
          FunctionName: 'echo',
          Payload: new TextEncoder().encode('{not json'),
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidRequestContentException',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('describes functions with GetFunction and ListFunctions', async () => {
    const described = await client.send(
      new GetFunctionCommand({ FunctionName: lambda.functionArn('single') }),
    );
    const listed = await client.send(new ListFunctionsCommand({}));

    expect(described.Configuration).toMatchObject({
      FunctionName: 'single',
      Handler: 'index.handler',
      Runtime: 'nodejs22.x',
      Timeout: 3,
      Role: 'arn:aws:iam::000000000000:role/single',
    });
    expect(described.Concurrency?.ReservedConcurrentExecutions).toBe(1);
    expect(listed.Functions?.map((entry) => entry.FunctionName)).toEqual([
      'echo',
      'failing',
      'slow',
      'single',
      'traced',
    ]);
  });

  it('stores the code subsegment under the function segment with a cold start', async () => {
    const answer = await invoke('traced', {});

    const { subsegmentId } = decode(answer.Payload);
    const trace = [...cloud.xray.store.traces()].find((candidate) =>
      candidate.documents.has(String(subsegmentId)),
    );
    const documents = [...(trace?.documents.values() ?? [])];
    const functionSegment = documents.find(
      (document) => document.origin === 'AWS::Lambda::Function',
    );
    const subsegment = trace?.documents.get(String(subsegmentId));
    expect(subsegment?.parent_id).toBe(functionSegment?.id);
    expect(functionSegment?.subsegments?.[0]?.name).toBe('Initialization');
    expect(
      documents.some((document) => document.origin === 'AWS::Lambda'),
    ).toBe(true);
  });
});
