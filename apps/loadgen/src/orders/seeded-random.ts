/**
 * A seeded source of randomness (mulberry32) so that the same scenario
 * and seed generate the same orders on every run.
 *
 * @example
 * const random = seededRandom(7);
 * random.pick(['a', 'b']); // the same letter on every run
 */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  integer(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(values: readonly T[]): T;
}

/**
 * Creates a {@link SeededRandom}.
 *
 * @example
 * seededRandom(1).integer(1, 6);
 */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);

    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
  const integer = (min: number, max: number): number =>
    min + Math.floor(next() * (max - min + 1));

  return {
    next,
    integer,
    pick: <T>(values: readonly T[]): T =>
      values[integer(0, values.length - 1)] as T,
  };
}
