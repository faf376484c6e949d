import { describe, expect, it } from 'vitest';
import { analyze, readTraces, type SegmentDocument } from '../../src/index.js';
import {
  type CallSpec,
  invocations,
  putOrder,
  throttledPutOrder,
} from './trace-builders.js';

const updateOrder = (overrides: Partial<CallSpec> = {}): CallSpec =>
  putOrder({ operation: 'UpdateItem', ...overrides });

const throttledUpdate = (overrides: Partial<CallSpec> = {}): CallSpec =>
  throttledPutOrder({ operation: 'UpdateItem', ...overrides });

const paymentsTable = { aws: { table_name: 'payments' } };

/**
 * 80 healthy orders, then 80 during the outage in which every fourth
 * order fails on `first` and the order two after it fails on `second`.
 */
function outage(first: CallSpec, second: CallSpec): SegmentDocument[] {
  return invocations(160, (index) => {
    const failing =
      index < 80 ? undefined : [first, undefined, second][index % 4];
    if (failing === undefined) {
      return {
        functionName: 'checkout',
        calls: [putOrder(), updateOrder(), putOrder(paymentsTable)],
      };
    }

    return {
      functionName: 'checkout',
      calls: [failing],
      failure: { message: 'throttled' },
    };
  });
}

/**
 * 150 healthy orders, then four failed ones, alternately on the first and
 * the second of `calls`, with healthy orders between them.
 */
function fewThrottles(calls: [CallSpec, CallSpec]): SegmentDocument[] {
  return invocations(160, (index) => {
    if (index < 150 || index >= 158 || index % 2 === 1) {
      return { functionName: 'checkout', calls: [putOrder(), updateOrder()] };
    }

    return {
      functionName: 'checkout',
      calls: [calls[(index / 2) % 2] as CallSpec],
      failure: { message: 'throttled' },
    };
  });
}

function causesOf(documents: SegmentDocument[]) {
  return analyze(readTraces(documents)).rootCauses;
}

describe('analyze: confidence of one resource failing on several operations', () => {
  it('is sure of one table throttled on two operations', () => {
    const causes = causesOf(outage(throttledPutOrder(), throttledUpdate()));

    expect(causes.map((cause) => cause.operation)).toEqual([
      'PutItem',
      'UpdateItem',
    ]);
    for (const cause of causes) {
      expect(cause).toMatchObject({ resource: 'orders', kind: 'throttle' });
      expect(cause.confidence).toBeGreaterThan(0.85);
    }
  });

  it('is as sure of it as of the same throttle on one operation', () => {
    const split = causesOf(outage(throttledPutOrder(), throttledUpdate()));
    const single = causesOf(outage(throttledPutOrder(), throttledPutOrder()));

    expect(single).toHaveLength(1);
    expect(split[0]?.confidence ?? 0).toBeGreaterThan(
      (single[0]?.confidence ?? 0) - 0.05,
    );
  });

  it('counts the few throttles of every operation of the table', () => {
    const split = causesOf(
      fewThrottles([throttledPutOrder(), throttledUpdate()]),
    );
    const single = causesOf(
      fewThrottles([throttledPutOrder(), throttledPutOrder()]),
    );

    expect(split).toHaveLength(2);
    expect(single).toHaveLength(1);
    for (const cause of split) {
      expect(cause.confidence).toBeGreaterThan(
        (single[0]?.confidence ?? 0) - 0.05,
      );
    }
  });

  it('stays unsure between two different tables throttled', () => {
    const sameTable = causesOf(outage(throttledPutOrder(), throttledUpdate()));
    const twoTables = causesOf(
      outage(throttledPutOrder(), throttledPutOrder(paymentsTable)),
    );

    expect(twoTables.map((cause) => cause.resource).sort()).toEqual([
      'orders',
      'payments',
    ]);
    for (const cause of twoTables) expect(cause.confidence).toBeLessThan(0.8);
    expect(twoTables[0]?.confidence ?? 1).toBeLessThan(
      (sameTable[0]?.confidence ?? 0) - 0.2,
    );
  });

  it('keeps a throttle and a fault of one table apart', () => {
    const causes = causesOf(
      outage(
        throttledPutOrder(),
        updateOrder({ status: 500, fault: true, exception: { type: 'Boom' } }),
      ),
    );

    expect(causes.map((cause) => cause.kind).sort()).toEqual([
      'fault',
      'throttle',
    ]);
    for (const cause of causes) expect(cause.confidence).toBeLessThan(0.8);
  });
});
