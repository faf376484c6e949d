import { describe, expect, it } from 'vitest';
import { AnalyzerError } from '../../src/errors.js';
import { describeCause, parseRcaReport } from '../../src/rca-report.js';

describe('parseRcaReport', () => {
  it('reads the counts and root causes of the analyzer JSON', () => {
    const report = parseRcaReport(
      JSON.stringify({
        tracesAnalyzed: 40,
        tracesWithIssues: 12,
        rootCauses: [{ rank: 1, service: 'DynamoDB', kind: 'throttle' }],
      }),
    );

    expect(report.tracesAnalyzed).toBe(40);
    expect(report.rootCauses).toHaveLength(1);
  });

  it('refuses text that is not JSON, quoting it', () => {
    expect(() => parseRcaReport('rca-analyze: no traces')).toThrow(
      AnalyzerError,
    );
    expect(() => parseRcaReport('rca-analyze: no traces')).toThrow(/no traces/);
  });

  it('refuses JSON without root causes', () => {
    expect(() => parseRcaReport('{"tracesAnalyzed":3}')).toThrow(
      /without rootCauses/,
    );
  });
});

describe('describeCause', () => {
  it('names the kind, the place, the exception, the traces and the confidence', () => {
    const line = describeCause({
      rank: 1,
      service: 'DynamoDB',
      resource: 'orders',
      operation: 'PutItem',
      kind: 'throttle',
      exception: 'ProvisionedThroughputExceededException',
      tracesAffected: 9,
      confidence: 0.912,
    });

    expect(line).toBe(
      '#1 throttle at DynamoDB orders PutItem (ProvisionedThroughputExceededException) in 9 traces, confidence 0.91',
    );
  });

  it('leaves out the parts a cause does not have', () => {
    const line = describeCause({
      rank: 2,
      service: 'fulfillment',
      kind: 'cold-start',
      tracesAffected: 3,
      confidence: 0.4,
    });

    expect(line).toBe(
      '#2 cold-start at fulfillment in 3 traces, confidence 0.40',
    );
  });
});
