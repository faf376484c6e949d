import { lambdaContext } from '@org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createXRayBackend,
  daemonAddress,
  withTracing,
} from '../../src/index.js';
import {
  type DaemonListener,
  startDaemonListener,
} from '../support/daemon-listener.js';
import { startInvocation } from '../support/lambda-environment.js';

describe('X-Ray backend near the Lambda deadline', () => {
  let daemon: DaemonListener;

  beforeAll(async () => {
    daemon = await startDaemonListener();
  });
  afterAll(() => daemon.close());

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
});
