import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/report/reconcile.js';
import { renderSummary } from '../../src/report/render-summary.js';
import type { OrderOutcome } from '../../src/target/order-pipeline-target.js';
import { mergeOutcomes } from '../../src/target/sdk-target.js';

const SENT = Date.parse('2026-12-03T10:00:00.000Z');

function at(milliseconds: number): string {
  return new Date(SENT + milliseconds).toISOString();
}

function run(outcomes: OrderOutcome[], orderIds: string[]) {
  return reconcile({
    scenario: 'test',
    eventsSent: orderIds.length,
    sentAt: new Map(orderIds.map((orderId) => [orderId, SENT])),
    outcomes: new Map(outcomes.map((outcome) => [outcome.orderId, outcome])),
  });
}

describe('reconcile', () => {
  it('detects an order that is neither in the table nor in the DLQ', () => {
    const summary = run(
      [
        {
          kind: 'terminal',
          orderId: 'a',
          status: 'FULFILLED',
          updatedAt: at(100),
        },
      ],
      ['a', 'b'],
    );

    expect(summary.lost).toBe(1);
    expect(summary.lostOrderIds).toEqual(['b']);
    expect(summary.outcomes.unknown).toBe(1);
  });

  it('counts an order in the dead-letter queue as accounted for', () => {
    const summary = run([{ kind: 'dead-letter', orderId: 'a' }], ['a']);

    expect(summary.lost).toBe(0);
    expect(summary.outcomes.deadLetter).toBe(1);
  });

  it('counts an order stuck in a non-terminal status as lost', () => {
    const summary = run(
      [{ kind: 'in-flight', orderId: 'a', status: 'PAID' }],
      ['a'],
    );

    expect(summary.lostOrderIds).toEqual(['a']);
    expect(summary.outcomes.notTerminal).toBe(1);
  });

  it('groups failures by reason and measures latency to updatedAt', () => {
    const summary = run(
      [
        {
          kind: 'terminal',
          orderId: 'a',
          status: 'FAILED',
          updatedAt: at(300),
          failureReason: 'PaymentDeclined',
        },
        {
          kind: 'terminal',
          orderId: 'b',
          status: 'FAILED',
          updatedAt: at(100),
          failureReason: 'PaymentDeclined',
        },
        {
          kind: 'terminal',
          orderId: 'c',
          status: 'REJECTED',
          updatedAt: at(200),
        },
      ],
      ['a', 'b', 'c'],
    );

    expect(summary.failureReasons).toEqual({ PaymentDeclined: 2 });
    expect(summary.outcomes).toMatchObject({ FAILED: 2, REJECTED: 1 });
    expect(summary.latencyMs).toEqual({ p50: 200, p90: 300, p99: 300 });
  });

  it('groups failures by their error, whatever order and stack the cause names', () => {
    const unavailable = (orderId: string) =>
      `PaymentProviderUnavailable: ${JSON.stringify({
        errorType: 'PaymentProviderUnavailable',
        errorMessage: `The provider could not charge order ${orderId}: HTTP 503.`,
        trace: [
          `PaymentProviderUnavailable: order ${orderId}`,
          '    at charge',
        ],
      })}`;
    const failed = (orderId: string, failureReason: string): OrderOutcome => ({
      kind: 'terminal',
      orderId,
      status: 'FAILED',
      updatedAt: at(100),
      failureReason,
    });

    const summary = run(
      [
        failed('a', unavailable('a')),
        failed('b', unavailable('b')),
        failed('c', 'States.Timeout: Task timed out after 14.00 seconds'),
      ],
      ['a', 'b', 'c'],
    );

    expect(summary.failureReasons).toEqual({
      PaymentProviderUnavailable: 2,
      'States.Timeout': 1,
    });
    expect(summary.failureExamples).toEqual({
      PaymentProviderUnavailable:
        'The provider could not charge order a: HTTP 503.',
      'States.Timeout': 'Task timed out after 14.00 seconds',
    });
    const rows = renderSummary(summary)
      .split('\n')
      .filter((line) => line.startsWith('  '));
    expect(rows).toEqual([
      expect.stringMatching(
        new RegExp(
          String.raw`^ {2}PaymentProviderUnavailable +2 {2}` +
            String.raw`\(The provider could not charge order a: HTTP 503\.\)$`,
        ),
      ),
      expect.stringMatching(/^ {2}States\.Timeout +1 {2}\(Task timed out/),
    ]);
  });

  it('prints the lost order ids in the table', () => {
    const text = renderSummary(run([], ['lost-1']));

    expect(text).toContain('LOST: 1 of 1');
    expect(text).toContain('lost-1');
  });
});

describe('mergeOutcomes', () => {
  it('prefers the table over the DLQ and marks the rest unknown', () => {
    const merged = mergeOutcomes(
      ['a', 'b', 'c'],
      [{ kind: 'in-flight', orderId: 'a', status: 'VALIDATED' }],
      new Set(['a', 'b']),
    );

    expect([...merged.values()].map((outcome) => outcome.kind)).toEqual([
      'in-flight',
      'dead-letter',
      'unknown',
    ]);
  });
});
