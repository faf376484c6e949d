import { lambdaContext } from '@org/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  addAnnotation,
  addMetadata,
  resetColdStart,
  withTracing,
} from '../../src/index.js';
import {
  type DaemonListener,
  startDaemonListener,
} from '../support/daemon-listener.js';
import {
  startInvocation,
  useLambdaEnvironment,
} from '../support/lambda-environment.js';

describe('withTracing, handler subsegment', () => {
  let daemon: DaemonListener;

  beforeAll(async () => {
    daemon = await startDaemonListener();
    useLambdaEnvironment(daemon.address);
  });
  afterAll(() => daemon.close());
  beforeEach(() => {
    daemon.clear();
    resetColdStart();
  });

  it('sends one subsegment per invocation under the Lambda parent', async () => {
    const handler = withTracing(async () => ({ orderId: 'ord-1' }), {
      service: 'order-validation',
    });
    const ids = startInvocation();

    await handler({}, lambdaContext());
    await daemon.waitFor(1);

    const [document] = daemon.documents();
    expect(daemon.datagrams).toHaveLength(1);
    expect(daemon.datagrams[0]?.toString('utf8')).toMatch(
      /^\{"format": "json", "version": 1\}\n\{/,
    );
    expect(document).toMatchObject({
      name: '## order-validation',
      type: 'subsegment',
      trace_id: ids.traceId,
      parent_id: ids.parentId,
      annotations: { ColdStart: true, Service: 'order-validation' },
      metadata: { 'order-validation': { response: { orderId: 'ord-1' } } },
    });
    expect(document?.end_time).toBeGreaterThan(Number(document?.start_time));
    expect(document?.in_progress).toBeUndefined();
  });

  it('annotates ColdStart true on the first invocation only', async () => {
    const handler = withTracing(async () => 'done', { service: 'svc' });

    for (let invocation = 0; invocation < 3; invocation++) {
      startInvocation();
      await handler({}, lambdaContext());
    }
    await daemon.waitFor(3);

    const coldStarts = daemon
      .documents()
      .map(
        (document) =>
          (document.annotations as Record<string, unknown>).ColdStart,
      );
    expect(coldStarts).toEqual([true, false, false]);
  });

  it('records a thrown error with type, message and stack, then rethrows the same object', async () => {
    const failure = new TypeError('order total is negative', {
      cause: new RangeError('amount -5'),
    });
    const handler = withTracing(
      async () => {
        throw failure;
      },
      { service: 'svc' },
    );
    startInvocation();

    const thrown = await handler({}, lambdaContext()).catch((error) => error);
    await daemon.waitFor(1);

    expect(thrown).toBe(failure);
    const [document] = daemon.documents();
    expect(document?.fault).toBe(true);
    const cause = document?.cause as { exceptions: Record<string, unknown>[] };
    expect(cause.exceptions[0]).toMatchObject({
      type: 'TypeError',
      message: 'order total is negative',
      cause: cause.exceptions[1]?.id,
    });
    expect(cause.exceptions[0]?.stack).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: expect.stringContaining('invocation-subsegment.test.ts'),
        }),
      ]),
    );
    expect(cause.exceptions[1]).toMatchObject({
      type: 'RangeError',
      message: 'amount -5',
    });
    expect(document?.metadata).toMatchObject({
      svc: { error: { name: 'TypeError', message: 'order total is negative' } },
    });
  });

  it('leaves the response and error out of metadata when switched off', async () => {
    process.env.TRACING_CAPTURE_RESPONSE = 'false';
    const handler = withTracing(async () => ({ secret: 1 }), {
      service: 'svc',
    });
    delete process.env.TRACING_CAPTURE_RESPONSE;
    startInvocation();

    await handler({}, lambdaContext());
    await daemon.waitFor(1);

    expect(daemon.documents()[0]?.metadata).toBeUndefined();
  });

  it('adds annotations and metadata from inside the handler', async () => {
    const handler = withTracing(
      async () => {
        addAnnotation('OrderId', 'ord-7');
        addMetadata('order', { items: 2 });
      },
      { service: 'svc', captureResponse: false },
    );
    startInvocation();

    await handler({}, lambdaContext());
    await daemon.waitFor(1);

    expect(daemon.documents()[0]).toMatchObject({
      annotations: { OrderId: 'ord-7' },
      metadata: { svc: { order: { items: 2 } } },
    });
  });

  it('reads the trace header from the runtime store where Lambda has one', async () => {
    const fromStore = startInvocation();
    startInvocation();
    const lambdaGlobals = globalThis as { awslambda?: unknown };
    lambdaGlobals.awslambda = {
      InvokeStore: { getXRayTraceId: () => fromStore.header },
    };
    const handler = withTracing(async () => 'ok', { service: 'svc' });

    try {
      await handler({}, lambdaContext());
    } finally {
      delete lambdaGlobals.awslambda;
    }
    await daemon.waitFor(1);

    expect(daemon.documents()[0]).toMatchObject({
      trace_id: fromStore.traceId,
      parent_id: fromStore.parentId,
    });
  });
});
