import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { lambdaContext } from '@org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createXRaySdkBackend,
  parseTraceHeader,
  type TracingBackend,
  withTracing,
  type XRaySdk,
} from '../../src/index.js';
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

describe('the aws-xray-sdk-core backend', () => {
  let daemon: DaemonListener;
  let endpoint: AwsEndpoint;
  let backend: TracingBackend;

  const handlerDocuments = () =>
    daemon
      .documents()
      .filter((document: ReceivedDocument) => document.name === '## svc');

  beforeAll(async () => {
    daemon = await startDaemonListener();
    endpoint = await startAwsEndpoint();
    useLambdaEnvironment(daemon.address);
    startInvocation();
    // The SDK reads the Lambda environment when it is first imported.
    const { default: sdk } = await import('aws-xray-sdk-core');
    sdk.setLogger({ error() {}, warn() {}, info() {}, debug() {} });
    backend = createXRaySdkBackend({ sdk: sdk as unknown as XRaySdk });
  });
  afterAll(async () => {
    await daemon.close();
    await endpoint.close();
  });

  it('sends the handler subsegment with annotations and rethrows errors unchanged', async () => {
    const failure = new Error('card 4111 1111 1111 1111 declined');
    const handler = withTracing(
      async (event: { fail: boolean }) => {
        if (event.fail) throw failure;
        return { ok: true };
      },
      { service: 'svc', backend, captureHttp: false },
    );
    const ids = startInvocation();

    await handler({ fail: false }, lambdaContext());
    startInvocation();
    const thrown = await handler({ fail: true }, lambdaContext()).catch(
      (error) => error,
    );
    await daemon.waitFor(2);

    expect(thrown).toBe(failure);
    const [success, error] = handlerDocuments();
    expect(success).toMatchObject({
      type: 'subsegment',
      trace_id: ids.traceId,
      parent_id: ids.parentId,
      annotations: { ColdStart: expect.any(Boolean), Service: 'svc' },
      metadata: { svc: { response: { ok: true } } },
    });
    expect(error?.fault).toBe(true);
    for (const datagram of daemon.datagrams) {
      expect(datagram.toString('utf8')).not.toContain('4111 1111');
    }
  });

  it('passes the trace header on in SQS messages', async () => {
    daemon.clear();
    const sqs = backend.captureClient(
      new SQSClient({ endpoint: endpoint.url }),
    );
    const handler = withTracing(
      () =>
        sqs.send(
          new SendMessageCommand({
            QueueUrl: `${endpoint.url}/000000000000/q`,
            MessageBody: 'm',
          }),
        ),
      { service: 'svc', backend, captureHttp: false },
    );
    const ids = startInvocation();

    await handler({}, lambdaContext());

    const body = endpoint.requests[0]?.body as Record<string, any>;
    const header = body.MessageSystemAttributes.AWSTraceHeader.StringValue;
    expect(parseTraceHeader(header)?.traceId).toBe(ids.traceId);
  });
});
