import { Signal, StartGate } from './start-gate.js';

/** What the pool needs of an execution environment. */
export interface PooledEnvironment {
  readonly alive: boolean;
  dispose(): Promise<void>;
}

/** The account's concurrency limit, used when no reserve is set. */
export const ACCOUNT_CONCURRENCY_LIMIT = 1000;

/** The environment an invocation got, or why it got none. */
export type Acquisition<Environment> =
  | { kind: 'warm'; environment: Environment }
  | { kind: 'cold'; environment: Environment }
  | { kind: 'throttled' };

/**
 * The execution environments of one function: idle ones are reused (the
 * most recently used first, as Lambda tends to), busy ones are counted
 * against the concurrency limit, and a new one starts (a cold start) when
 * no idle one is left, the limit allows, and the {@link StartGate} shared
 * by the cloud's functions has a place; otherwise the invocation waits
 * for a place or for an environment released meanwhile.
 *
 * @example
 * const pool = new EnvironmentPool(() => startEnvironment(config, env));
 * const got = await pool.acquire(1);
 * if (got.kind !== 'throttled') pool.release(got.environment);
 */
export class EnvironmentPool<Environment extends PooledEnvironment> {
  readonly #start: () => Promise<Environment>;
  readonly #gate: StartGate;
  readonly #released = new Signal();
  #idle: Environment[] = [];
  #all = new Set<Environment>();
  #busy = 0;

  /**
   * @param start starts one environment
   * @param gate bounds the starts; default a gate of its own that lets
   *   any number through
   */
  constructor(
    start: () => Promise<Environment>,
    gate = new StartGate(Number.MAX_SAFE_INTEGER),
  ) {
    this.#start = start;
    this.#gate = gate;
  }

  /** Environments running an invocation (or starting or waiting for one). */
  get busy(): number {
    return this.#busy;
  }

  /** Environments waiting, warm, for the next invocation. */
  get idle(): number {
    return this.#idle.length;
  }

  /**
   * Takes a warm environment, starts a cold one, or answers `throttled`
   * when `limit` invocations already run. While the start gate is full it
   * waits, and takes the first environment released in the meantime.
   */
  async acquire(
    limit = ACCOUNT_CONCURRENCY_LIMIT,
  ): Promise<Acquisition<Environment>> {
    if (this.#busy >= limit) return { kind: 'throttled' };

    this.#busy++;
    try {
      for (;;) {
        const warm = this.#takeIdle();
        if (warm) return { kind: 'warm', environment: warm };
        if (this.#gate.tryEnter()) {
          return { kind: 'cold', environment: await this.#startCold() };
        }
        await Promise.race([this.#released.next(), this.#gate.vacancy()]);
      }
    } catch (error) {
      this.#busy--;
      throw error;
    }
  }

  /** Gives an environment back; a dead one is forgotten. */
  release(environment: Environment): void {
    this.#busy--;
    if (environment.alive) {
      this.#idle.push(environment);
      this.#released.notify();
    } else {
      this.#all.delete(environment);
    }
  }

  /** Disposes the idle environments: the next invocation starts cold. */
  async drain(): Promise<void> {
    const idle = this.#idle;
    this.#idle = [];
    for (const environment of idle) this.#all.delete(environment);
    await Promise.all(idle.map((environment) => environment.dispose()));
  }

  /** Disposes every environment, idle or busy. */
  async close(): Promise<void> {
    const all = [...this.#all];
    this.#all.clear();
    this.#idle = [];
    await Promise.all(all.map((environment) => environment.dispose()));
  }

  async #startCold(): Promise<Environment> {
    try {
      const environment = await this.#start();
      this.#all.add(environment);

      return environment;
    } finally {
      this.#gate.leave();
    }
  }

  #takeIdle(): Environment | undefined {
    let environment = this.#idle.pop();
    while (environment && !environment.alive) {
      environment = this.#idle.pop();
    }

    return environment;
  }
}
