import { lambdaContext } from '@org/testing';
import { describe, expect, it } from 'vitest';
import {
  createNoopBackend,
  type InvocationOutcome,
  type InvocationStart,
  resetColdStart,
  resetWarnings,
  setWarningSink,
  type TracingBackend,
  withTracing,
} from '../../src/index.js';

function recordingBackend() {
  const starts: InvocationStart[] = [];
  const outcomes: InvocationOutcome[] = [];
  const backend: TracingBackend = {
    ...createNoopBackend(),
    kind: 'recording',
    beginInvocation(start) {
      starts.push(start);
      return { kind: 'recording' };
    },
    endInvocation(_span, outcome) {
      outcomes.push(outcome);
    },
  };

  return { backend, starts, outcomes };
}

describe('withTracing and its backend', () => {
  it('opens the span with the subsegment name, service and cold start, then ends it with the response', async () => {
    const { backend, starts, outcomes } = recordingBackend();
    resetColdStart();
    const handler = withTracing(async () => ({ ok: true }), {
      service: 'fulfillment',
      backend,
    });

    await handler({}, lambdaContext());
    await handler({}, lambdaContext());

    expect(
      starts.map(({ name, service, coldStart }) => ({
        name,
        service,
        coldStart,
      })),
    ).toEqual([
      { name: '## fulfillment', service: 'fulfillment', coldStart: true },
      { name: '## fulfillment', service: 'fulfillment', coldStart: false },
    ]);
    expect(outcomes[0]).toEqual({
      kind: 'response',
      response: { ok: true },
      captureResponse: true,
    });
  });

  it('hands the very error object to the backend and to the caller', async () => {
    const { backend, outcomes } = recordingBackend();
    const failure = new Error('boom');
    const handler = withTracing(
      () => {
        throw failure;
      },
      { service: 'svc', backend },
    );

    await expect(handler({}, lambdaContext())).rejects.toBe(failure);
    expect(outcomes[0]).toMatchObject({ kind: 'error', error: failure });
  });

  it('runs the handler untraced, with one warning, when the backend itself fails', async () => {
    const warnings: string[] = [];
    resetWarnings();
    setWarningSink((message) => warnings.push(message));
    const broken: TracingBackend = {
      ...createNoopBackend(),
      beginInvocation: () => {
        throw new Error('backend down');
      },
    };
    const handler = withTracing(async (event: { n: number }) => event.n + 1, {
      service: 'svc',
      backend: broken,
    });

    const results = [
      await handler({ n: 1 }, lambdaContext()),
      await handler({ n: 2 }, lambdaContext()),
    ];

    expect(results).toEqual([2, 3]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('backend down');
  });
});
