import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalCloud, startLocalCloud } from '../../src/index.js';

let cloud: LocalCloud;

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, bodyLimitBytes: 64 * 1024 });
});

afterAll(async () => {
  await cloud.stop();
});

interface ErrorBody {
  __type: string;
  message?: string;
}

async function errorBody(response: Response): Promise<ErrorBody> {
  return (await response.json()) as ErrorBody;
}

function post(headers: Record<string, string>, body: string | Buffer) {
  return fetch(cloud.endpoint, { method: 'POST', headers, body });
}

describe('the edge', () => {
  it('answers an unknown target with UnknownOperationException', async () => {
    const response = await post(
      { 'x-amz-target': 'AmazonKinesis.PutRecord' },
      '{}',
    );

    expect(response.status).toBe(400);
    expect(await errorBody(response)).toMatchObject({
      __type: 'com.amazon.coral.service#UnknownOperationException',
    });
  });

  it('answers a request no service recognises with UnrecognizedClientException', async () => {
    const response = await post({}, '{}');

    expect(response.status).toBe(400);
    expect((await errorBody(response)).__type).toContain(
      'UnrecognizedClientException',
    );
    expect(cloud.stats.edge.unrouted).toBeGreaterThan(0);
  });

  it('answers a body that is not JSON with SerializationException and counts it', async () => {
    const before = cloud.stats.edge.malformed;

    const response = await post(
      {
        'x-amz-target': 'AmazonSQS.CreateQueue',
        'content-type': 'application/x-amz-json-1.0',
      },
      '{"QueueName":',
    );

    expect(response.status).toBe(400);
    expect((await errorBody(response)).__type).toBe(
      'com.amazonaws.sqs#SerializationException',
    );
    expect(cloud.stats.edge.malformed).toBe(before + 1);
  });

  it('answers an oversized body with 413 and keeps serving', async () => {
    const response = await post(
      { 'x-amz-target': 'AmazonSQS.CreateQueue' },
      Buffer.alloc(65 * 1024, 'a'),
    );
    const next = await post({ 'x-amz-target': 'AmazonSQS.ListQueues' }, '{}');

    expect(response.status).toBe(413);
    expect(cloud.stats.edge.oversized).toBe(1);
    expect(next.status).toBe(200);
  });

  it('routes by the SigV4 credential scope when there is no target', async () => {
    const response = await post(
      {
        authorization:
          'AWS4-HMAC-SHA256 Credential=local/20261203/us-east-1/events/aws4_request, SignedHeaders=host, Signature=0',
      },
      '{}',
    );

    expect((await errorBody(response)).__type).toBe(
      'UnknownOperationException',
    );
    expect(cloud.stats.edge.byService.events).toBeGreaterThan(0);
  });

  it('delays the answers of a service under a latency fault', async () => {
    cloud.faults.setServiceLatency('sqs', 150);
    const started = performance.now();

    await post({ 'x-amz-target': 'AmazonSQS.ListQueues' }, '{}');
    const elapsed = performance.now() - started;
    cloud.faults.setServiceLatency('sqs', 0);

    expect(elapsed).toBeGreaterThanOrEqual(140);
  });

  it('answers broken HTTP framing with 400 without crashing', async () => {
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(cloud.endpoint).port), '127.0.0.1');
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
      socket.write('POST / HTTP/1.1\r\nContent-Length: nope\r\n\r\n');
    });
    const next = await post({ 'x-amz-target': 'AmazonSQS.ListQueues' }, '{}');

    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect(next.status).toBe(200);
  });
});

describe('the X-Ray daemon of the local cloud', () => {
  it('stores segments sent over UDP and serves them through the X-Ray API behind the edge', async () => {
    const { createSocket } = await import('node:dgram');
    const traceId = '1-6927a1b2-0123456789abcdef01234567';
    const now = Date.now() / 1000;
    const segment = {
      id: '53995c3f42cd8ad8',
      trace_id: traceId,
      name: 'order-validation',
      start_time: now - 1,
      end_time: now,
    };
    const socket = createSocket('udp4');
    await new Promise<void>((resolve) =>
      socket.send(
        `{"format":"json","version":1}\n${JSON.stringify(segment)}`,
        cloud.xray.daemon.port,
        '127.0.0.1',
        () => resolve(),
      ),
    );
    socket.close();
    await cloud.xray.daemon.settled();

    const response = await fetch(`${cloud.endpoint}/Traces`, {
      method: 'POST',
      body: JSON.stringify({ TraceIds: [traceId] }),
    });
    const answer = (await response.json()) as { Traces: { Id: string }[] };

    expect(answer.Traces.map((trace) => trace.Id)).toEqual([traceId]);
  });
});
