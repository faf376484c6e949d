import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { lambdaContext } from '@org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTracing } from '../../src/index.js';
import {
  type DaemonListener,
  startDaemonListener,
} from '../support/daemon-listener.js';
import {
  startInvocation,
  useLambdaEnvironment,
} from '../support/lambda-environment.js';

describe('withTracing with HTTP capture switched off', () => {
  let daemon: DaemonListener;
  const received: IncomingHttpHeaders[] = [];
  const provider = createServer((request, response) => {
    received.push(request.headers);
    response.end('ok');
  });

  beforeAll(async () => {
    daemon = await startDaemonListener();
    useLambdaEnvironment(daemon.address);
    await new Promise<void>((resolve) =>
      provider.listen(0, '127.0.0.1', resolve),
    );
  });
  afterAll(async () => {
    await daemon.close();
    provider.closeAllConnections();
    await new Promise((resolve) => provider.close(resolve));
  });

  it('records no HTTP subsegment and sends no trace header when TRACING_CAPTURE_HTTP=false', async () => {
    process.env.TRACING_CAPTURE_HTTP = 'false';
    const url = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/`;
    const handler = withTracing(async () => (await fetch(url)).text(), {
      service: 'svc',
    });
    delete process.env.TRACING_CAPTURE_HTTP;
    startInvocation();

    expect(await handler({}, lambdaContext())).toBe('ok');
    await daemon.waitFor(1);

    expect(daemon.documents()[0]?.subsegments).toBeUndefined();
    expect(received[0]?.['x-amzn-trace-id']).toBeUndefined();
  });
});
