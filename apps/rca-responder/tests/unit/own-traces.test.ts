import {
  closeLambdaInvocation,
  openLambdaInvocation,
  seededRandom,
  TraceDraft,
  toBatchGetTracesPage,
} from '@org/testing';
import { describe, expect, it } from 'vitest';
import { withoutOwnTraces } from '../../src/own-traces.js';

const random = seededRandom(5);

function invocationOf(functionName: string, startMs: number) {
  const draft = new TraceDraft(random, startMs);
  const invocation = openLambdaInvocation(draft, {
    functionName,
    emitter: 'node',
    startMs,
    region: 'us-east-1',
  });
  closeLambdaInvocation(draft, invocation, {
    handlerEndMs: invocation.handlerStartMs + 30,
    result: { kind: 'success' },
  });

  return draft.build();
}

describe('withoutOwnTraces', () => {
  it("leaves out the traces rooted at the responder's own function", () => {
    const page = toBatchGetTracesPage([
      invocationOf('order-validation', 1_000),
      invocationOf('rca-responder', 2_000),
      invocationOf('fulfillment', 3_000),
    ]);

    const [kept] = withoutOwnTraces([page], 'rca-responder');

    expect(kept?.Traces.map((trace) => trace.Id)).toEqual([
      page.Traces[0]?.Id,
      page.Traces[2]?.Id,
    ]);
  });

  it('keeps every trace when none is rooted at the function', () => {
    const page = toBatchGetTracesPage([invocationOf('fulfillment', 1_000)]);

    const [kept] = withoutOwnTraces([page], 'rca-responder');

    expect(kept?.Traces).toHaveLength(1);
  });
});
