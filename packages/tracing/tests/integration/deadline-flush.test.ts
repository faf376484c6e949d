import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { lambdaContext } from '@org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createXRayBackend,
  daemonAddress,
  withTracing,
} from '../../src/index.js';
import { type AwsEndpoint, startAwsEndpoint } from '../support/aws-endpoint.js';
import {
  type DaemonListener,
  startDaemonListener,
} from '../support/daemon-listener.js';
import {
  startInvocation,
  useLambdaEnvironment,
} from '../support/lambda-environment.js';

describe('X-Ray backend near the Lambda deadline', () => {
  let daemon: DaemonListener;
  let endpoint: AwsEndpoint;

  beforeAll(async () => {
    daemon = await startDaemonListener();
    endpoint = await startAwsEndpoint();
    useLambdaEnvironment(daemon.address);
  });
  afterAll(async () => {
    await daemon.close();
    await endpoint.close();
  });

  it('sends the unfinished tree as in progress before the deadline, then the finished one', async () => {
    const backend = createXRayBackend({
      daemon: daemonAddress(daemon.address),
      timeoutMarginMs: 100,
    });
    let inProgressSeen = false;
    const handler = withTracing(
      async () => {
        await daemon.waitFor(1, 1000);
        inProgressSeen = daemon.documents()[0]?.in_progress === true;
        return 'late';
      },
      { service: 'svc', backend },
    );
    startInvocation();

    await handler({}, lambdaContext({ timeoutMs: 250 }));
    await daemon.waitFor(2);

    const [early, final] = daemon.documents();
    expect(inProgressSeen).toBe(true);
    expect(early?.end_time).toBeUndefined();
    expect(final?.id).toBe(early?.id);
    expect(final?.in_progress).toBeUndefined();
    expect(final?.end_time).toBeGreaterThan(Number(final?.start_time));
  });

  it('sends nothing early when the handler ends in time', async () => {
    daemon.clear();
    const backend = createXRayBackend({
      daemon: daemonAddress(daemon.address),
      timeoutMarginMs: 100,
    });
    const handler = withTracing(async () => 'quick', {
      service: 'svc',
      backend,
    });
    startInvocation();

    await handler({}, lambdaContext({ timeoutMs: 250 }));
    await new Promise((resolve) => setTimeout(resolve, 250));

    expect(daemon.datagrams).toHaveLength(1);
  });

  it('shows a DynamoDB call still retrying throttles at the deadline as an in-progress throttle', async () => {
    daemon.clear();
    endpoint.answer('DynamoDB_20120810.PutItem', {
      status: 400,
      body: {
        __type:
          'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
        message: 'Rate exceeded',
      },
    });
    const backend = createXRayBackend({
      daemon: daemonAddress(daemon.address),
      timeoutMarginMs: 100,
    });
    const dynamo = backend.captureClient(
      new DynamoDBClient({ endpoint: endpoint.url, maxAttempts: 50 }),
    );
    const handler = withTracing(
      () =>
        dynamo.send(
          new PutItemCommand({ TableName: 'orders', Item: { id: { S: '1' } } }),
          { abortSignal: AbortSignal.timeout(1500) },
        ),
      { service: 'svc', backend },
    );
    startInvocation();

    await handler({}, lambdaContext({ timeoutMs: 1100 })).catch(
      () => undefined,
    );
    await daemon.waitFor(1);

    const [early] = daemon.documents();
    expect(early?.in_progress).toBe(true);
    expect(early?.subsegments?.[0]).toMatchObject({
      name: 'DynamoDB',
      in_progress: true,
      throttle: true,
      error: true,
      aws: { operation: 'PutItem', table_name: 'orders' },
    });
  });
});
