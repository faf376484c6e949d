import {
  createServer,
  get,
  type IncomingHttpHeaders,
  type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { lambdaContext } from '@org/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseTraceHeader, withTracing } from '../../src/index.js';
import {
  type DaemonListener,
  startDaemonListener,
} from '../support/daemon-listener.js';
import {
  startInvocation,
  useLambdaEnvironment,
} from '../support/lambda-environment.js';

function getStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    }).on('error', reject);
  });
}

describe('withTracing, outgoing HTTP', () => {
  let daemon: DaemonListener;
  let provider: Server;
  let providerUrl: string;
  const received: IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    daemon = await startDaemonListener();
    useLambdaEnvironment(daemon.address);
    provider = createServer((request, response) => {
      received.push(request.headers);
      const body = '{"chargeId":"ch-1"}';
      response.writeHead(request.url?.startsWith('/down') ? 503 : 201, {
        'content-length': body.length,
      });
      response.end(body);
    });
    await new Promise<void>((resolve) =>
      provider.listen(0, '127.0.0.1', resolve),
    );
    providerUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await daemon.close();
    provider.closeAllConnections();
    await new Promise((resolve) => provider.close(resolve));
  });
  beforeEach(() => {
    daemon.clear();
    received.length = 0;
  });

  it('records fetch and http.get calls as remote subsegments and sends the trace header', async () => {
    const handler = withTracing(
      async () => {
        await fetch(
          `${providerUrl}/charges?receipt=ada@example.com&paymentToken=tok_1&currency=EUR`,
          {
            method: 'POST',
          },
        );
        return getStatus(`${providerUrl}/down`);
      },
      { service: 'payment-processing' },
    );
    const ids = startInvocation();

    const status = await handler({}, lambdaContext());
    await daemon.waitFor(1);

    expect(status).toBe(503);
    const calls = daemon.documents()[0]?.subsegments ?? [];
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({
      name: '127.0.0.1',
      namespace: 'remote',
      http: {
        request: {
          method: 'POST',
          url: `${providerUrl}/charges?receipt=[REDACTED]&paymentToken=[REDACTED]&currency=EUR`,
        },
        response: { status: 201, content_length: 19 },
      },
    });
    expect(calls[0]?.fault ?? calls[0]?.error).toBeUndefined();
    expect(calls[1]).toMatchObject({
      http: { request: { method: 'GET' }, response: { status: 503 } },
      fault: true,
    });
    const parents = received.map((headers) =>
      parseTraceHeader(String(headers['x-amzn-trace-id'])),
    );
    expect(parents.map((header) => header?.traceId)).toEqual([
      ids.traceId,
      ids.traceId,
    ]);
    expect(parents.map((header) => header?.parentId)).toEqual(
      calls.map((call) => call.id),
    );
  });

  it('leaves calls made outside an invocation untraced', async () => {
    withTracing(async () => undefined, { service: 'svc' });

    const response = await fetch(`${providerUrl}/health`);
    await response.text();

    expect(received[0]?.['x-amzn-trace-id']).toBeUndefined();
  });
});
