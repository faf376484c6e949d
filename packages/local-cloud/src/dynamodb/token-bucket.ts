/**
 * A token bucket that refills at `rate` tokens a second up to `capacity`.
 * Callers take an estimate before the work and settle the difference
 * after, so the balance may go below zero: while it is not positive, the
 * bucket admits nothing.
 *
 * @example
 * const bucket = new TokenBucket({ rate: 5, capacity: 5, now: Date.now });
 * if (bucket.tryTake(1)) { ... bucket.settle(1, actual); }
 */
export class TokenBucket {
  #rate: number;
  #capacity: number;
  #tokens: number;
  #updatedAt: number;
  readonly #now: () => number;

  constructor(init: { rate: number; capacity: number; now: () => number }) {
    this.#rate = init.rate;
    this.#capacity = init.capacity;
    this.#tokens = init.capacity;
    this.#now = init.now;
    this.#updatedAt = init.now();
  }

  /** Tokens available now (may be negative after settled overdrafts). */
  get tokens(): number {
    this.#refill();
    return this.#tokens;
  }

  /** Changes the refill rate and capacity, keeping the current balance. */
  resize(rate: number, capacity: number): void {
    this.#refill();
    this.#rate = rate;
    this.#capacity = capacity;
    this.#tokens = Math.min(this.#tokens, capacity);
  }

  /** Takes `amount` when the balance is positive; false when it is not. */
  tryTake(amount: number): boolean {
    this.#refill();
    if (this.#tokens <= 0) {
      return false;
    }
    this.#tokens -= amount;

    return true;
  }

  /** Replaces an earlier estimate by what the work actually cost. */
  settle(estimated: number, actual: number): void {
    this.#refill();
    this.#tokens = Math.min(this.#capacity, this.#tokens + estimated - actual);
  }

  #refill(): void {
    const now = this.#now();
    const elapsedSeconds = Math.max(0, now - this.#updatedAt) / 1000;
    this.#updatedAt = now;
    this.#tokens = Math.min(
      this.#capacity,
      this.#tokens + elapsedSeconds * this.#rate,
    );
  }
}
