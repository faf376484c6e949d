import { describe, expect, it } from 'vitest';
import { describeEvidence } from '../../src/describe-evidence.js';

describe('describeEvidence', () => {
  it('lists counts from the most frequent down', () => {
    const line = describeEvidence({
      kind: 'status-codes',
      counts: { '200': 3, '400': 5 },
    });

    expect(line).toBe('HTTP status: 400 x5, 200 x3');
  });

  it('rounds latency figures to whole milliseconds', () => {
    const line = describeEvidence({
      kind: 'latency',
      metric: 'exclusive-ms',
      window: { traces: 10, p50: 812.4, p99: 2950.6 },
      baseline: { traces: 40, p50: 11.2, p99: 38.9 },
    });

    expect(line).toBe(
      'exclusive-ms p50 812 ms / p99 2951 ms in the window, against 11 ms / 39 ms in the baseline',
    );
  });

  it('compares the affected share of the window and the baseline', () => {
    const line = describeEvidence({
      kind: 'baseline-rate',
      windowTraces: 240,
      windowAffected: 64,
      baselineTraces: 500,
      baselineAffected: 1,
    });

    expect(line).toContain('64 of 240 traces in the window');
    expect(line).toContain('1 of 500 in the baseline');
  });
});
