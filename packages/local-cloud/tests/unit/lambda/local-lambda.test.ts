import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalLambda } from '../../../src/lambda/index.js';
import {
  createSegmentStore,
  type SegmentStore,
  storeSink,
} from '../../../src/xray/index.js';

const fixture = (name: string) =>
  fileURLToPath(
    new URL(`../../integration/lambda/fixtures/${name}`, import.meta.url),
  );

let lambda: LocalLambda;
let store: SegmentStore;

function localLambda(): LocalLambda {
  store = createSegmentStore();
  lambda = new LocalLambda({
    endpoint: 'http://127.0.0.1:4566',
    daemonAddress: '127.0.0.1:2000',
    sink: storeSink(store),
  });

  return lambda;
}

afterEach(async () => {
  await lambda.stop();
});

describe('the local Lambda', () => {
  it('starts cold once, then reuses the warm environment', async () => {
    const local = localLambda();
    local.register({ name: 'echo', codeDirectory: fixture('echo') });

    const first = await local.invoke({ functionName: 'echo', event: { a: 1 } });
    const second = await local.invoke({ functionName: 'echo', event: {} });

    expect(first).toMatchObject({ kind: 'success', coldStart: true });
    expect(second).toMatchObject({ kind: 'success', coldStart: false });
    // The module state survives between warm invocations.
    expect(second.kind === 'success' && second.payload).toMatchObject({
      invocations: 2,
    });
    expect(local.stats().echo).toEqual({
      invocations: 2,
      coldStarts: 1,
      throttles: 0,
      timeouts: 0,
      errors: 0,
    });
  });

  it('ends a slow invocation at its timeout and starts cold afterwards', async () => {
    const local = localLambda();
    local.register({
      name: 'slow',
      codeDirectory: fixture('slow'),
      timeoutSeconds: 0.3,
    });

    const timedOut = await local.invoke({
      functionName: 'slow',
      event: { sleepMs: 5_000 },
    });
    const next = await local.invoke({
      functionName: 'slow',
      event: { sleepMs: 1 },
    });

    expect(timedOut.kind).toBe('timeout');
    expect(timedOut.kind !== 'success' && timedOut.error).toMatchObject({
      errorType: 'Sandbox.Timedout',
      errorMessage: expect.stringContaining(
        'Task timed out after 0.30 seconds',
      ),
    });
    expect(next).toMatchObject({ kind: 'success', coldStart: true });
    expect(local.stats().slow).toMatchObject({ timeouts: 1, errors: 1 });
  });

  it('ends a handler that never yields at its timeout', async () => {
    const local = localLambda();
    local.register({
      name: 'busy',
      codeDirectory: fixture('busy'),
      timeoutSeconds: 0.2,
    });

    const result = await local.invoke({ functionName: 'busy', event: {} });

    expect(result.kind).toBe('timeout');
  });

  it('ends an environment that outgrows its memory size with Runtime.OutOfMemory', async () => {
    const local = localLambda();
    local.register({
      name: 'hungry',
      codeDirectory: fixture('hungry'),
      memoryMb: 64,
      timeoutSeconds: 20,
    });

    const result = await local.invoke({ functionName: 'hungry', event: {} });
    const next = await local.invoke({ functionName: 'hungry', event: {} });

    expect(result.kind !== 'success' && result.error.errorType).toBe(
      'Runtime.OutOfMemory',
    );
    expect(next.coldStart).toBe(true);
  });

  it('reports a handler error with its type, message and stack', async () => {
    const local = localLambda();
    local.register({ name: 'failing', codeDirectory: fixture('failing') });

    const result = await local.invoke({
      functionName: 'failing',
      event: { orderId: 'o-7' },
    });

    expect(result.kind).toBe('function-error');
    expect(result.kind !== 'success' && result.error).toMatchObject({
      errorType: 'TypeError',
      errorMessage: 'cannot charge order o-7',
      trace: expect.arrayContaining([expect.stringContaining('index.js')]),
    });
  });

  it('answers Runtime.HandlerNotFound when the export is missing', async () => {
    const local = localLambda();
    local.register({
      name: 'echo',
      codeDirectory: fixture('echo'),
      handler: 'index.missing',
    });

    const result = await local.invoke({ functionName: 'echo', event: {} });

    expect(result.kind !== 'success' && result.error.errorType).toBe(
      'Runtime.HandlerNotFound',
    );
  });

  it('throttles beyond the fault override of reserved concurrency', async () => {
    const local = localLambda();
    local.register({ name: 'slow', codeDirectory: fixture('slow') });
    local.faults.setReservedConcurrency('slow', 1);

    const outcomes = await Promise.allSettled([
      local.invoke({ functionName: 'slow', event: { sleepMs: 200 } }),
      local.invoke({ functionName: 'slow', event: { sleepMs: 200 } }),
    ]);

    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual([
      'fulfilled',
      'rejected',
    ]);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(refused?.reason).toMatchObject({
      status: 429,
      type: 'TooManyRequestsException',
    });
    expect(local.stats().slow?.throttles).toBe(1);
  });

  it('records the Initialization subsegment on cold starts only', async () => {
    const local = localLambda();
    local.register({ name: 'echo', codeDirectory: fixture('echo') });

    const cold = await local.invoke({ functionName: 'echo', event: {} });
    const warm = await local.invoke({ functionName: 'echo', event: {} });

    const subsegmentNames = (payload: unknown) => {
      const header = (payload as { traceHeader: string }).traceHeader;
      const traceId = /Root=([^;]+)/.exec(header)?.[1] ?? '';
      const documents = [
        ...(store.getTrace(traceId)?.documents.values() ?? []),
      ];
      const functionSegment = documents.find(
        (document) => document.origin === 'AWS::Lambda::Function',
      );

      return functionSegment?.subsegments?.map((sub) => sub.name);
    };
    expect(subsegmentNames(cold.kind === 'success' && cold.payload)).toEqual([
      'Initialization',
      'Invocation',
      'Overhead',
    ]);
    expect(subsegmentNames(warm.kind === 'success' && warm.payload)).toEqual([
      'Invocation',
      'Overhead',
    ]);
  });

  it('refuses an unknown function with ResourceNotFoundException', async () => {
    const local = localLambda();

    await expect(
      local.invoke({ functionName: 'ghost', event: {} }),
    ).rejects.toMatchObject({ status: 404, type: 'ResourceNotFoundException' });
  });
});
