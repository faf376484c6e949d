import { describe, expect, it } from 'vitest';
import {
  latencyPercentiles,
  percentile,
} from '../../src/report/percentiles.js';

describe('percentile', () => {
  it('takes the nearest rank of unsorted values', () => {
    const values = [90, 10, 50, 30, 70, 20, 80, 40, 100, 60];

    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.9)).toBe(90);
    expect(percentile(values, 0.99)).toBe(100);
  });

  it('answers the only value for a single sample', () => {
    expect(latencyPercentiles([42])).toEqual({ p50: 42, p90: 42, p99: 42 });
  });

  it('answers null when no order reached a terminal state', () => {
    expect(latencyPercentiles([])).toEqual({ p50: null, p90: null, p99: null });
  });

  it('refuses a quantile outside (0, 1]', () => {
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 1.5)).toThrow(/1\.5/);
  });

  it('splits a hundred values at 50, 90 and 99', () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);

    expect(latencyPercentiles(values)).toEqual({ p50: 50, p90: 90, p99: 99 });
  });
});
