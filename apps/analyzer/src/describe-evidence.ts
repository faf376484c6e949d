import type { Evidence } from '@org/rca';

/**
 * One line of plain English for a piece of evidence.
 *
 * @example
 * describeEvidence({ kind: 'retries', calls: 40, retries: 212 });
 * // "212 retries over 40 calls"
 */
export function describeEvidence(evidence: Evidence): string {
  switch (evidence.kind) {
    case 'failed-calls':
      return `${evidence.count} calls ended in ${evidence.outcome} in ${evidence.traces} traces`;
    case 'unfinished-calls':
      return `${evidence.count} calls never finished in ${evidence.traces} traces`;
    case 'status-codes':
      return `HTTP status: ${counts(evidence.counts)}`;
    case 'exceptions':
      return `exceptions: ${counts(evidence.counts)}`;
    case 'retries':
      return `${evidence.retries} retries over ${evidence.calls} calls`;
    case 'baseline-rate':
      return `affected ${evidence.windowAffected} of ${evidence.windowTraces} traces in the window, against ${evidence.baselineAffected} of ${evidence.baselineTraces} in the baseline`;
    case 'latency':
      return `${evidence.metric} p50 ${ms(evidence.window.p50)} / p99 ${ms(evidence.window.p99)} in the window, against ${ms(evidence.baseline.p50)} / ${ms(evidence.baseline.p99)} in the baseline`;
    case 'propagation':
      return `failed the callers above it in ${evidence.tracesFailedAbove} of ${evidence.traces} traces`;
  }
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

function counts(byName: Record<string, number>): string {
  return Object.entries(byName)
    .sort(([, left], [, right]) => right - left)
    .map(([name, count]) => `${name} x${count}`)
    .join(', ');
}
