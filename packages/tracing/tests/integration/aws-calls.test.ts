import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { lambdaContext } from '@org/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { captureAwsClient, withTracing } from '../../src/index.js';
import { type AwsEndpoint, startAwsEndpoint } from '../support/aws-endpoint.js';
import {
  type DaemonListener,
  type ReceivedDocument,
  startDaemonListener,
} from '../support/daemon-listener.js';
import {
  startInvocation,
  useLambdaEnvironment,
} from '../support/lambda-environment.js';

const PUT_ITEM = 'DynamoDB_20120810.PutItem';

describe('captureAwsClient, subsegments of AWS calls', () => {
  let daemon: DaemonListener;
  let endpoint: AwsEndpoint;

  const dynamoCall = async (maxAttempts: number) => {
    const dynamo = captureAwsClient(
      new DynamoDBClient({ endpoint: endpoint.url, maxAttempts }),
    );
    const handler = withTracing(
      () =>
        dynamo.send(
          new PutItemCommand({ TableName: 'orders', Item: { id: { S: '1' } } }),
        ),
      { service: 'svc', captureResponse: false },
    );
    startInvocation();
    await handler({}, lambdaContext()).catch(() => undefined);
    await daemon.waitFor(1);

    const calls = daemon.documents()[0]?.subsegments ?? [];
    // The SDK's own HTTP request must not show up a second time.
    expect(calls).toHaveLength(1);

    return calls[0] as ReceivedDocument;
  };

  beforeAll(async () => {
    daemon = await startDaemonListener();
    endpoint = await startAwsEndpoint();
    useLambdaEnvironment(daemon.address);
  });
  afterAll(async () => {
    await daemon.close();
    await endpoint.close();
  });
  beforeEach(() => daemon.clear());

  it('records a DynamoDB call as an aws subsegment under the handler', async () => {
    endpoint.answer(PUT_ITEM, { status: 200, body: {} });

    const call = await dynamoCall(1);

    expect(call).toMatchObject({
      name: 'DynamoDB',
      namespace: 'aws',
      aws: {
        operation: 'PutItem',
        region: 'us-east-1',
        table_name: 'orders',
        retries: 0,
      },
      http: { response: { status: 200 } },
    });
    expect(call.error ?? call.fault ?? call.throttle).toBeUndefined();
  });

  it('flags a throttled call as throttle and error, not fault, with its retries', async () => {
    const throttled = {
      status: 400,
      body: {
        __type:
          'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
        message: 'Rate exceeded',
      },
    };
    endpoint.answer(PUT_ITEM, throttled);

    const call = await dynamoCall(2);

    expect(call).toMatchObject({ throttle: true, error: true });
    expect(call.fault).toBeUndefined();
    expect(call.aws).toMatchObject({ retries: 1 });
    const cause = call.cause as { exceptions: Record<string, unknown>[] };
    expect(cause.exceptions[0]).toMatchObject({
      type: 'ProvisionedThroughputExceededException',
      remote: true,
    });
  });

  it('counts the retry but sets no flag when a throttled call then succeeds', async () => {
    endpoint.answer(
      PUT_ITEM,
      {
        status: 400,
        body: {
          __type: 'ProvisionedThroughputExceededException',
          message: 'slow down',
        },
      },
      { status: 200, body: {} },
    );

    const call = await dynamoCall(3);

    expect(call.aws).toMatchObject({ retries: 1 });
    expect(call.error ?? call.fault ?? call.throttle).toBeUndefined();
  });

  it('flags a conditional check failure as error only', async () => {
    endpoint.answer(PUT_ITEM, {
      status: 400,
      body: {
        __type:
          'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException',
        message: 'The conditional request failed',
      },
    });

    const call = await dynamoCall(1);

    expect(call).toMatchObject({
      error: true,
      http: { response: { status: 400 } },
    });
    expect(call.fault ?? call.throttle).toBeUndefined();
  });

  it('flags a 5xx answer as fault', async () => {
    endpoint.answer(PUT_ITEM, {
      status: 500,
      body: { __type: 'InternalServerError', message: 'boom' },
    });

    const call = await dynamoCall(1);

    expect(call).toMatchObject({
      fault: true,
      http: { response: { status: 500 } },
    });
    expect(call.error ?? call.throttle).toBeUndefined();
  });

  it('returns the same client and leaves errors to the caller unchanged', async () => {
    const client = new DynamoDBClient({
      endpoint: endpoint.url,
      maxAttempts: 1,
    });
    endpoint.answer(PUT_ITEM, {
      status: 400,
      body: { __type: 'ConditionalCheckFailedException', message: 'exists' },
    });
    const captured = captureAwsClient(client);
    const handler = withTracing(
      () =>
        captured.send(
          new PutItemCommand({ TableName: 'orders', Item: { id: { S: '1' } } }),
        ),
      { service: 'svc' },
    );
    startInvocation();

    const thrown = await handler({}, lambdaContext()).catch((error) => error);

    expect(captured).toBe(client);
    expect(thrown).toBeInstanceOf(ConditionalCheckFailedException);
  });
});
