/**
 * A deterministic source of randomness: the same seed gives the same
 * sequence on every machine, so generated traces are reproducible.
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  integer(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(choices: readonly T[]): T;
  /** `length` lower-case hexadecimal digits. */
  hex(length: number): string;
  /**
   * A positive duration around `median` with a long right tail, as request
   * latencies have (log-normal, `spread` is the sigma of the logarithm,
   * default 0.35).
   */
  latency(median: number, spread?: number): number;
}

/**
 * Creates a {@link SeededRandom} from a 32-bit seed (mulberry32).
 *
 * @example
 * const random = seededRandom(42);
 * random.latency(80); // ~80, the same value for seed 42 every run
 */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);

    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    const first = Math.max(next(), Number.EPSILON);

    return Math.sqrt(-2 * Math.log(first)) * Math.cos(2 * Math.PI * next());
  };

  return {
    next,
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (choices) => choices[Math.floor(next() * choices.length)] as never,
    hex: (length) => {
      let digits = '';
      while (digits.length < length) {
        digits += Math.floor(next() * 16).toString(16);
      }

      return digits;
    },
    latency: (median, spread = 0.35) => median * Math.exp(spread * normal()),
  };
}
