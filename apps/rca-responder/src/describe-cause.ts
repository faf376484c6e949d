import type { Evidence, RootCause } from '@org/rca';

/**
 * A root cause in a few words: kind, node, resource and operation, as in
 * `throttle at DynamoDB orders PutItem`.
 *
 * @example
 * describeCause(report.rootCauses[0]); // 'throttle at DynamoDB orders PutItem'
 */
export function describeCause(cause: RootCause): string {
  const where = [cause.service, cause.resource, cause.operation]
    .filter((part) => part !== undefined && part !== '')
    .join(' ');

  return `${cause.kind} at ${where}`;
}

/**
 * One line of plain text per piece of evidence.
 *
 * @example
 * describeEvidence({ kind: 'retries', calls: 10, retries: 4 });
 * // '4 retries over 10 calls'
 */
export function describeEvidence(evidence: Evidence): string {
  switch (evidence.kind) {
    case 'failed-calls':
      return `${evidence.count} ${evidence.outcome} call(s) in ${evidence.traces} trace(s)`;
    case 'unfinished-calls':
      return `${evidence.count} call(s) cut off unfinished in ${evidence.traces} trace(s)`;
    case 'status-codes':
      return `status codes: ${countsText(evidence.counts)}`;
    case 'exceptions':
      return `exceptions: ${countsText(evidence.counts)}`;
    case 'retries':
      return `${evidence.retries} retries over ${evidence.calls} calls`;
    case 'baseline-rate':
      return (
        `affected ${evidence.windowAffected} of ${evidence.windowTraces} trace(s) in the window, ` +
        `${evidence.baselineAffected} of ${evidence.baselineTraces} in the baseline`
      );
    case 'latency':
      return (
        `${evidence.metric} p50/p99 ${evidence.window.p50}/${evidence.window.p99} ms, ` +
        `baseline ${evidence.baseline.p50}/${evidence.baseline.p99} ms`
      );
    case 'propagation':
      return `failure seen above it in ${evidence.tracesFailedAbove} of ${evidence.traces} trace(s)`;
  }
}

function countsText(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([name, count]) => `${name} ×${count}`)
    .join(', ');
}
