import type { RunSummary } from './reconcile.js';

/** Lost order ids printed in full before the list is cut. */
const LOST_IDS_SHOWN = 20;

/**
 * Renders a run summary as a table for people: outcomes, failure reasons,
 * latency percentiles and the reconciliation verdict.
 *
 * @example
 * process.stdout.write(renderSummary(summary));
 */
export function renderSummary(summary: RunSummary): string {
  const { outcomes, latencyMs } = summary;
  const rows: [string, string][] = [
    ['scenario', summary.scenario],
    ['orders sent', `${summary.sent} (${summary.eventsSent} events)`],
    ['FULFILLED', String(outcomes.FULFILLED)],
    ['REJECTED', String(outcomes.REJECTED)],
    ['FAILED', String(outcomes.FAILED)],
    ...Object.entries(summary.failureReasons).map(
      ([error, count]): [string, string] => [
        `  ${error}`,
        withExample(count, summary.failureExamples[error]),
      ],
    ),
    ['in the DLQ', String(outcomes.deadLetter)],
    ['not terminal', String(outcomes.notTerminal)],
    ['not found', String(outcomes.unknown)],
    ['lost', String(summary.lost)],
    ['latency p50', milliseconds(latencyMs.p50)],
    ['latency p90', milliseconds(latencyMs.p90)],
    ['latency p99', milliseconds(latencyMs.p99)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const table = rows.map(
    ([label, value]) => `${label.padEnd(width)}  ${value}`,
  );

  return `${[...table, '', verdict(summary)].join('\n')}\n`;
}

function verdict(summary: RunSummary): string {
  if (summary.lost === 0) {
    return `Reconciled: all ${summary.sent} orders are accounted for.`;
  }
  const shown = summary.lostOrderIds.slice(0, LOST_IDS_SHOWN);
  const more = summary.lost - shown.length;

  return [
    `LOST: ${summary.lost} of ${summary.sent} orders are not accounted for:`,
    ...shown.map((orderId) => `  ${orderId}`),
    ...(more > 0 ? [`  … and ${more} more (--json lists them all)`] : []),
  ].join('\n');
}

function withExample(count: number, example: string | undefined): string {
  return example ? `${count}  (${example})` : String(count);
}

function milliseconds(value: number | null): string {
  return value === null ? '-' : `${value} ms`;
}
