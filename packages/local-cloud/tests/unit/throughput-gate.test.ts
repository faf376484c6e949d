import { describe, expect, it } from 'vitest';
import {
  capacityClaims,
  consumedByTable,
  Faults,
  type TableBilling,
  ThroughputGate,
  TokenBucket,
} from '../../src/index.js';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('the token bucket', () => {
  it('refills at its rate up to its capacity', () => {
    const time = clock();
    const bucket = new TokenBucket({ rate: 2, capacity: 4, now: time.now });

    bucket.tryTake(4);
    time.advance(1000);
    const afterOneSecond = bucket.tokens;
    time.advance(60_000);

    expect(afterOneSecond).toBe(2);
    expect(bucket.tokens).toBe(4);
  });

  it('refuses while the balance is not positive, even after an overdraft', () => {
    const time = clock();
    const bucket = new TokenBucket({ rate: 1, capacity: 1, now: time.now });

    expect(bucket.tryTake(3)).toBe(true);
    expect(bucket.tryTake(1)).toBe(false);
    time.advance(2000);
    expect(bucket.tryTake(1)).toBe(false);
    time.advance(1500);
    expect(bucket.tryTake(1)).toBe(true);
  });

  it('settles an estimate against the real cost', () => {
    const time = clock();
    const bucket = new TokenBucket({ rate: 1, capacity: 10, now: time.now });

    bucket.tryTake(1);
    bucket.settle(1, 4);

    expect(bucket.tokens).toBe(6);
  });
});

describe('capacity claims', () => {
  it('charges a write 1 WCU per started KB it sends', () => {
    const claims = capacityClaims('PutItem', {
      TableName: 'orders',
      Item: { orderId: { S: 'x'.repeat(1500) } },
    });

    expect(claims).toEqual([{ table: 'orders', kind: 'write', estimate: 2 }]);
  });

  it('charges a strongly consistent read twice an eventually consistent one', () => {
    const strong = capacityClaims('GetItem', {
      TableName: 't',
      ConsistentRead: true,
    });
    const eventual = capacityClaims('GetItem', { TableName: 't' });

    expect(strong[0]?.estimate).toBe(1);
    expect(eventual[0]?.estimate).toBe(0.5);
  });

  it('claims each table of a batch write', () => {
    const claims = capacityClaims('BatchWriteItem', {
      RequestItems: { a: [{}, {}], b: [{}] },
    });

    expect(claims).toEqual([
      { table: 'a', kind: 'write', estimate: 2 },
      { table: 'b', kind: 'write', estimate: 1 },
    ]);
  });

  it('sums consumed capacity by table from single and batch answers', () => {
    const single = consumedByTable({
      ConsumedCapacity: { TableName: 'a', CapacityUnits: 2 },
    });
    const batch = consumedByTable({
      ConsumedCapacity: [
        { TableName: 'a', CapacityUnits: 1 },
        { TableName: 'b', CapacityUnits: 3 },
      ],
    });

    expect([...single]).toEqual([['a', 2]]);
    expect([...batch]).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
  });
});

describe('the throughput gate', () => {
  function gateFor(billing: TableBilling, faults = new Faults()) {
    const time = clock();
    const gate = new ThroughputGate({
      faults,
      describe: async () => billing,
      now: time.now,
    });
    return { gate, time };
  }
  const write = { table: 'orders', kind: 'write' as const, estimate: 1 };

  it('throttles a provisioned table once its burst is spent and admits again after refill', async () => {
    const { gate, time } = gateFor({
      kind: 'provisioned',
      throughput: { read: 1, write: 1 },
    });

    const first = await gate.admit([write]);
    const second = await gate.admit([write]);
    time.advance(1000);
    const third = await gate.admit([write]);

    expect(first.kind).toBe('admitted');
    expect(second).toEqual({ kind: 'throttled', claim: write });
    expect(third.kind).toBe('admitted');
  });

  it('never throttles an on-demand table', async () => {
    const { gate } = gateFor({ kind: 'on-demand' });

    const admissions = await Promise.all(
      Array.from({ length: 50 }, () => gate.admit([write])),
    );

    expect(admissions.every((admission) => admission.kind === 'admitted')).toBe(
      true,
    );
  });

  it('throttles an on-demand table under a throughput fault', async () => {
    const faults = new Faults();
    faults.setThroughput('orders', { read: 1, write: 1 });
    const { gate } = gateFor({ kind: 'on-demand' }, faults);

    await gate.admit([write]);

    expect((await gate.admit([write])).kind).toBe('throttled');
  });

  it('charges the consumed units, not the estimate', async () => {
    const { gate, time } = gateFor({
      kind: 'provisioned',
      throughput: { read: 1, write: 5 },
    });

    const admission = await gate.admit([write]);
    if (admission.kind === 'admitted') {
      gate.settle(admission.claims, new Map([['orders', 5]]));
    }
    const drained = await gate.admit([write]);
    time.advance(400);
    const refilled = await gate.admit([write]);

    expect(drained.kind).toBe('throttled');
    expect(refilled.kind).toBe('admitted');
  });
});
