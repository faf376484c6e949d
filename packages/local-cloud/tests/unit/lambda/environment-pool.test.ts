import { describe, expect, it } from 'vitest';
import { EnvironmentPool } from '../../../src/lambda/index.js';

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
