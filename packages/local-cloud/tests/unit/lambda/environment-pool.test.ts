import { describe, expect, it } from 'vitest';
import { EnvironmentPool, StartGate } from '../../../src/lambda/index.js';

class FakeEnvironment {
  alive = true;
  constructor(readonly id: number) {}
  async dispose(): Promise<void> {
    this.alive = false;
  }
}

function fakePool() {
  let started = 0;
  const pool = new EnvironmentPool(async () => new FakeEnvironment(++started));

  return { pool, started: () => started };
}

describe('the environment pool', () => {
  it('starts cold, then reuses the released environment warm', async () => {
    const { pool, started } = fakePool();

    const first = await pool.acquire();
    if (first.kind === 'throttled') throw new Error('throttled');
    pool.release(first.environment);
    const second = await pool.acquire();

    expect(first.kind).toBe('cold');
    expect(second).toEqual({ kind: 'warm', environment: first.environment });
    expect(started()).toBe(1);
  });

  it('starts a new environment for each concurrent invocation', async () => {
    const { pool, started } = fakePool();

    const acquired = await Promise.all([pool.acquire(), pool.acquire()]);

    expect(acquired.map((got) => got.kind)).toEqual(['cold', 'cold']);
    expect(started()).toBe(2);
    expect(pool.busy).toBe(2);
  });

  it('throttles once the concurrency limit is busy', async () => {
    const { pool } = fakePool();

    const first = await pool.acquire(1);
    const second = await pool.acquire(1);

    expect(first.kind).toBe('cold');
    expect(second.kind).toBe('throttled');
    expect(pool.busy).toBe(1);
  });

  it('throttles everything at a limit of 0', async () => {
    const { pool, started } = fakePool();

    expect((await pool.acquire(0)).kind).toBe('throttled');
    expect(started()).toBe(0);
  });

  it('does not reuse an environment that died, and starts cold instead', async () => {
    const { pool, started } = fakePool();
    const first = await pool.acquire();
    if (first.kind === 'throttled') throw new Error('throttled');

    await first.environment.dispose();
    pool.release(first.environment);
    const second = await pool.acquire();

    expect(second.kind).toBe('cold');
    expect(pool.idle).toBe(0);
    expect(started()).toBe(2);
  });

  it('frees the slot when an environment fails to start', async () => {
    const pool = new EnvironmentPool<FakeEnvironment>(async () => {
      throw new Error('bundle missing');
    });

    await expect(pool.acquire(1)).rejects.toThrow('bundle missing');
    expect(pool.busy).toBe(0);
  });

  it('disposes idle and busy environments on close', async () => {
    const { pool } = fakePool();
    const busy = await pool.acquire();
    const idle = await pool.acquire();
    if (busy.kind === 'throttled' || idle.kind === 'throttled') {
      throw new Error('throttled');
    }
    pool.release(idle.environment);

    await pool.close();

    expect(busy.environment.alive).toBe(false);
    expect(idle.environment.alive).toBe(false);
  });
});

/** A pool whose starts end only when the test says so. */
function heldPool(gate: StartGate) {
  const pending: (() => void)[] = [];
  let started = 0;
  let startingNow = 0;
  let mostAtOnce = 0;
  const pool = new EnvironmentPool(async () => {
    startingNow++;
    mostAtOnce = Math.max(mostAtOnce, startingNow);
    await new Promise<void>((resolve) => pending.push(resolve));
    startingNow--;
    return new FakeEnvironment(++started);
  }, gate);
  const finishStarts = async () => {
    for (const finish of pending.splice(0)) finish();
    await new Promise((resolve) => setImmediate(resolve));
  };

  return { pool, finishStarts, mostAtOnce: () => mostAtOnce };
}

describe('the start gate', () => {
  it('lets no more environments start at once than its limit', async () => {
    const { pool, finishStarts, mostAtOnce } = heldPool(new StartGate(2));

    const acquiring = Promise.all(
      Array.from({ length: 5 }, () => pool.acquire()),
    );
    for (let round = 0; round < 3; round++) await finishStarts();
    const acquired = await acquiring;

    expect(acquired.map((got) => got.kind)).toEqual(Array(5).fill('cold'));
    expect(mostAtOnce()).toBe(2);
    expect(pool.busy).toBe(5);
  });

  it('hands an environment released meanwhile to a waiting invocation, warm', async () => {
    const gate = new StartGate(1);
    const { pool, finishStarts } = heldPool(gate);
    const first = pool.acquire();
    await finishStarts();
    const got = await first;
    if (got.kind === 'throttled') throw new Error('throttled');

    const starting = pool.acquire();
    const waiting = pool.acquire();
    pool.release(got.environment);

    expect(await waiting).toEqual({
      kind: 'warm',
      environment: got.environment,
    });
    expect(gate.starting).toBe(1);
    await finishStarts();
    expect((await starting).kind).toBe('cold');
    expect(gate.starting).toBe(0);
  });

  it('shares its limit between the pools of different functions', async () => {
    const gate = new StartGate(1);
    const orders = heldPool(gate);
    const payments = heldPool(gate);

    const first = orders.pool.acquire();
    const second = payments.pool.acquire();
    await new Promise((resolve) => setImmediate(resolve));

    expect(gate.starting).toBe(1);
    expect(payments.mostAtOnce()).toBe(0);
    await orders.finishStarts();
    expect(payments.mostAtOnce()).toBe(1);
    await payments.finishStarts();
    expect((await first).kind).toBe('cold');
    expect((await second).kind).toBe('cold');
  });

  it('refuses a limit below 1', () => {
    expect(() => new StartGate(0)).toThrow(RangeError);
  });
});
