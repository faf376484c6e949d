import { describe, expect, it } from 'vitest';
import { OutcomeReadError } from '../../src/errors.js';
import { awaitOutcomes } from '../../src/run/await-outcomes.js';
import type {
  OrderOutcome,
  OrderPipelineTarget,
} from '../../src/target/order-pipeline-target.js';

/** A target whose reads answer from `script`, one entry per call. */
function scriptedTarget(
  script: ((orderIds: readonly string[]) => OrderOutcome[] | Error)[],
) {
  const asked: string[][] = [];
  const target: OrderPipelineTarget = {
    send: async () => ({ accepted: 0, retries: 0 }),
    async outcomes(orderIds) {
      asked.push([...orderIds]);
      const answer = (script[asked.length - 1] ?? script.at(-1))?.(orderIds);
      if (answer instanceof Error) throw answer;

      return new Map(
        (answer ?? []).map((outcome) => [outcome.orderId, outcome]),
      );
    },
    close: async () => undefined,
  };

  return { target, asked };
}

const fulfilled = (orderId: string): OrderOutcome => ({
  kind: 'terminal',
  orderId,
  status: 'FULFILLED',
  updatedAt: '2026-12-03T10:00:00.000Z',
});

const fast = { settleSeconds: 1, pollIntervalMs: 5 };

describe('awaitOutcomes', () => {
  it('asks again only for the orders not yet accounted for', async () => {
    const scripted = scriptedTarget([
      () => [fulfilled('a')],
      () => [fulfilled('b')],
    ]);

    const outcomes = await awaitOutcomes(scripted.target, ['a', 'b'], fast);

    expect(scripted.asked).toEqual([['a', 'b'], ['b']]);
    expect(outcomes.get('a')?.kind).toBe('terminal');
    expect(outcomes.get('b')?.kind).toBe('terminal');
  });

  it('keeps polling through a throttled read', async () => {
    const scripted = scriptedTarget([
      () => new Error('ProvisionedThroughputExceededException'),
      () => [fulfilled('a')],
    ]);

    const outcomes = await awaitOutcomes(scripted.target, ['a'], fast);

    expect(outcomes.get('a')?.kind).toBe('terminal');
  });

  it('fails when the last read before the deadline fails', async () => {
    const scripted = scriptedTarget([() => new Error('throttled')]);

    await expect(
      awaitOutcomes(scripted.target, ['a'], {
        settleSeconds: 0.05,
        pollIntervalMs: 10,
      }),
    ).rejects.toBeInstanceOf(OutcomeReadError);
  });

  it('returns the orders it never saw as unknown after the deadline', async () => {
    const scripted = scriptedTarget([() => []]);

    const outcomes = await awaitOutcomes(scripted.target, ['a'], {
      settleSeconds: 0.05,
      pollIntervalMs: 10,
    });

    expect(outcomes.get('a')).toEqual({ kind: 'unknown', orderId: 'a' });
  });
});
