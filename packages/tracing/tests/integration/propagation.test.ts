import {
  EventBridgeClient,
  PutEventsCommand,
} from '@aws-sdk/client-eventbridge';
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import {
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { lambdaContext } from '@org/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  captureAwsClient,
  getTraceHeader,
  parseTraceHeader,
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

describe('captureAwsClient, trace header propagation', () => {
  let daemon: DaemonListener;
  let endpoint: AwsEndpoint;

  const run = async <Result>(work: () => Promise<Result>) => {
    const handler = withTracing(work, { service: 'svc' });
    const ids = startInvocation();
    await handler({}, lambdaContext());
    await daemon.waitFor(1);
    const [document] = daemon.documents();

    return {
      ids,
      callIds: (document?.subsegments ?? []).map((call) => call.id),
    };
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
  beforeEach(() => {
    daemon.clear();
    endpoint.requests.length = 0;
  });

  it('adds TraceHeader to every PutEvents entry, with the call as parent', async () => {
    const events = captureAwsClient(
      new EventBridgeClient({ endpoint: endpoint.url }),
    );
    const entries = [
      { Source: 'orders', DetailType: 'OrderCreated', Detail: '{}' },
      { Source: 'orders', DetailType: 'OrderCreated', Detail: '{}' },
    ];

    const { ids, callIds } = await run(() =>
      events.send(new PutEventsCommand({ Entries: entries })),
    );

    const sent = endpoint.requests[0]?.body.Entries as Record<string, string>[];
    const expected = `Root=${ids.traceId};Parent=${callIds[0]};Sampled=1;Lineage=a87bd80c:0`;
    expect(sent.map((entry) => entry.TraceHeader)).toEqual([
      expected,
      expected,
    ]);
    expect(entries[0]).not.toHaveProperty('TraceHeader');
  });

  it('adds traceHeader to StartExecution', async () => {
    const sfn = captureAwsClient(new SFNClient({ endpoint: endpoint.url }));

    const { ids, callIds } = await run(() =>
      sfn.send(
        new StartExecutionCommand({
          stateMachineArn:
            'arn:aws:states:us-east-1:000000000000:stateMachine:sm',
          input: '{}',
        }),
      ),
    );

    const header = parseTraceHeader(
      String(endpoint.requests[0]?.body.traceHeader),
    );
    expect(header).toMatchObject({
      traceId: ids.traceId,
      parentId: callIds[0],
      sampled: true,
    });
  });

  it('adds the AWSTraceHeader system attribute to SendMessage and SendMessageBatch', async () => {
    const sqs = captureAwsClient(new SQSClient({ endpoint: endpoint.url }));
    const queue = `${endpoint.url}/000000000000/orders-dlq`;

    const { ids } = await run(async () => {
      await sqs.send(
        new SendMessageCommand({ QueueUrl: queue, MessageBody: 'a' }),
      );
      await sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: queue,
          Entries: [
            { Id: '1', MessageBody: 'b' },
            { Id: '2', MessageBody: 'c' },
          ],
        }),
      );
    });

    const single = endpoint.requests[0]?.body as Record<string, any>;
    const batch = endpoint.requests[1]?.body.Entries as Record<string, any>[];
    const headers = [single, ...batch].map(
      (message) => message.MessageSystemAttributes.AWSTraceHeader.StringValue,
    );
    for (const header of headers) {
      expect(parseTraceHeader(header)?.traceId).toBe(ids.traceId);
    }
    expect(single.MessageSystemAttributes.AWSTraceHeader.DataType).toBe(
      'String',
    );
  });

  it('sends X-Amzn-Trace-Id on the HTTP request of every captured call', async () => {
    const sfn = captureAwsClient(new SFNClient({ endpoint: endpoint.url }));

    const { ids, callIds } = await run(() =>
      sfn.send(new StartExecutionCommand({ stateMachineArn: 'arn:sm' })),
    );

    const header = String(endpoint.requests[0]?.headers['x-amzn-trace-id']);
    expect(parseTraceHeader(header)).toMatchObject({
      traceId: ids.traceId,
      parentId: callIds[0],
    });
  });

  it('passes Sampled=0 on without sending any segment when the trace is not sampled', async () => {
    const events = captureAwsClient(
      new EventBridgeClient({ endpoint: endpoint.url }),
    );
    let seen: string | undefined;
    const handler = withTracing(
      async () => {
        seen = getTraceHeader();
        await events.send(
          new PutEventsCommand({
            Entries: [{ Source: 's', DetailType: 'd', Detail: '{}' }],
          }),
        );
      },
      { service: 'svc' },
    );
    const ids = startInvocation(false);

    await handler({}, lambdaContext());
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(seen).toBe(
      `Root=${ids.traceId};Parent=${ids.parentId};Sampled=0;Lineage=a87bd80c:0`,
    );
    const sent = endpoint.requests[0]?.body.Entries as Record<string, string>[];
    expect(sent[0]?.TraceHeader).toBe(seen);
    expect(daemon.datagrams).toHaveLength(0);
  });
});
