/**
 * A signal that wakes every waiter once per {@link notify}.
 *
 * @example
 * const signal = new Signal();
 * void signal.next().then(() => console.log('changed'));
 * signal.notify();
 */
export class Signal {
  #wake: () => void = () => undefined;
  #next: Promise<void> = this.#arm();

  /** Resolves at the next {@link notify}. */
  next(): Promise<void> {
    return this.#next;
  }

  /** Wakes the current waiters; later ones wait for the next call. */
  notify(): void {
    const wake = this.#wake;
    this.#next = this.#arm();
    wake();
  }

  #arm(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.#wake = resolve;
    });
  }
}

/**
 * Bounds how many execution environments start at once. Lambda scales a
 * function out at a bounded rate, and on one machine every start spends
 * the same cores the running invocations need: without a bound, a burst
 * slows the starts, the slow starts make more invocations wait, and each
 * waiting invocation starts yet another environment. Invocations that
 * find the gate full wait for a free place or for an environment that
 * another invocation releases, whichever comes first.
 *
 * @example
 * const gate = new StartGate(2);
 * if (gate.tryEnter()) {
 *   try { await startEnvironment(); } finally { gate.leave(); }
 * }
 */
export class StartGate {
  readonly limit: number;
  #starting = 0;
  readonly #vacancy = new Signal();

  /** @param limit environments that may start at once, 1 or more */
  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RangeError(
        `A start gate needs a whole limit of 1 or more, not ${limit}.`,
      );
    }
    this.limit = limit;
  }

  /** Environments starting now. */
  get starting(): number {
    return this.#starting;
  }

  /** Takes a place when one is free. */
  tryEnter(): boolean {
    if (this.#starting >= this.limit) return false;
    this.#starting++;

    return true;
  }

  /** Gives the place back and wakes the waiters. */
  leave(): void {
    this.#starting--;
    this.#vacancy.notify();
  }

  /** Resolves when a place is next given back. */
  vacancy(): Promise<void> {
    return this.#vacancy.next();
  }
}
