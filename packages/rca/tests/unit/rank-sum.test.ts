import { describe, expect, it } from 'vitest';
import { higherRankChance } from '../../src/analyze/rank-sum.js';

const spread = (count: number, from: number, step: number) =>
  Array.from({ length: count }, (_, index) => from + index * step);

describe('higherRankChance', () => {
  it('gives one in eight for seven values all above a lone baseline value', () => {
    expect(higherRankChance([0.5], spread(7, 1.1, 0.03))).toBeCloseTo(
      1 / 8,
      10,
    );
  });

  it('gives one in 36 for seven values all above two baseline values', () => {
    expect(higherRankChance([0.4, 0.5], spread(7, 1.1, 0.03))).toBeCloseTo(
      1 / 36,
      10,
    );
  });

  it('is certain when the window ranks lowest and even for interleaved samples', () => {
    expect(higherRankChance(spread(5, 2, 0.1), spread(5, 1, 0.1))).toBe(1);
    const interleaved = higherRankChance(spread(30, 0, 2), spread(30, 1, 2));
    expect(interleaved).toBeGreaterThan(0.3);
    expect(interleaved).toBeLessThan(0.6);
  });

  it('counts ties as half a pair', () => {
    // Four tied pairs count 2, as do two clear wins out of four pairs:
    // four of the six arrangements of two and two values reach 2.
    expect(higherRankChance([1, 1], [1, 1])).toBeCloseTo(4 / 6, 10);
    expect(higherRankChance([1, 3], [2, 2.5])).toBeCloseTo(4 / 6, 10);
  });

  it('agrees with the exact tail where the normal approximation takes over', () => {
    const baseline = spread(50, 0, 1);
    const exact = higherRankChance(baseline, spread(50, 5.5, 1));
    const approximate = higherRankChance(baseline, spread(51, 5.5, 1));
    expect(exact).toBeGreaterThan(0.01);
    expect(approximate).toBeGreaterThan(exact * 0.5);
    expect(approximate).toBeLessThan(exact * 1.5);
    expect(higherRankChance(spread(60, 0, 1), spread(60, 40, 1))).toBeLessThan(
      1e-6,
    );
  });

  it('is 1 when either side has no values', () => {
    expect(higherRankChance([], [1, 2])).toBe(1);
    expect(higherRankChance([1], [])).toBe(1);
  });
});
