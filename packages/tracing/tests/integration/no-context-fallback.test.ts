import { lambdaContext } from '@org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  configureTracing,
  createXRayBackend,
  getTraceHeader,
  resetWarnings,
  setWarningSink,
  withTracing,
} from '../../src/index.js';
import {
  type DaemonListener,
  startDaemonListener,
} from '../support/daemon-listener.js';

describe('running without Lambda context', () => {
  let daemon: DaemonListener;

  beforeAll(async () => {
    daemon = await startDaemonListener();
    process.env.AWS_XRAY_DAEMON_ADDRESS = daemon.address;
    delete process.env._X_AMZN_TRACE_ID;
  });
  afterAll(() => daemon.close());

  it('runs the handler untraced and warns once per process without a trace header', async () => {
    const warnings: string[] = [];
    resetWarnings();
    setWarningSink((message) => warnings.push(message));
    let header: string | undefined = 'unset';
    const handler = withTracing(
      async (event: { n: number }) => {
        header = getTraceHeader();
        return event.n * 2;
      },
      { service: 'svc' },
    );

    const results = [
      await handler({ n: 1 }, lambdaContext()),
      await handler({ n: 2 }, undefined as never),
    ];
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(results).toEqual([2, 4]);
    expect(header).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('_X_AMZN_TRACE_ID');
    expect(daemon.datagrams).toHaveLength(0);
  });

  it('never throws when no daemon listens', async () => {
    const warnings: string[] = [];
    resetWarnings();
    setWarningSink((message) => warnings.push(message));
    const silent = await startDaemonListener();
    const address = silent.address;
    await silent.close();
    const [host, port] = address.split(':');
    configureTracing({
      backend: createXRayBackend({
        daemon: { host: String(host), port: Number(port) },
      }),
    });
    process.env._X_AMZN_TRACE_ID =
      'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';
    const handler = withTracing(async () => 'ok', { service: 'svc' });

    const results = [
      await handler({}, lambdaContext()),
      await handler({}, lambdaContext()),
    ];
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(results).toEqual(['ok', 'ok']);
    expect(warnings.length).toBeLessThanOrEqual(1);
  });
});
