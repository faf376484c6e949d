import type { RcaReport, RootCause } from '@org/rca';
import { createColors } from 'picocolors';
import { describeEvidence } from './describe-evidence.js';
import { formatTable } from './table.js';

type Colors = ReturnType<typeof createColors>;

const HEADER = [
  'rank',
  'kind',
  'service',
  'resource',
  'operation',
  'traces',
  'confidence',
];

/**
 * The report for people: a summary line, the ranked causes as a table,
 * then the evidence, symptoms and example trace ids of each cause.
 *
 * @example
 * process.stdout.write(renderText(report, { color: process.stdout.isTTY }));
 */
export function renderText(
  report: RcaReport,
  options: { color: boolean },
): string {
  const colors = createColors(options.color);
  const summary = `Analyzed ${report.tracesAnalyzed} traces, ${report.tracesWithIssues} with issues.\n`;
  if (report.rootCauses.length === 0) {
    return `${summary}No root cause found: the traces show no errors, faults, throttles or unusual latency.\n`;
  }
  const rows = report.rootCauses.map(toRow);
  const table = formatTable(HEADER, rows, (cell, row) =>
    row === 0 ? colors.bold(cell) : cell,
  );
  const details = report.rootCauses.map((cause) => describe(cause, colors));

  return [summary, table, ...details].join('\n');
}

function toRow(cause: RootCause): string[] {
  return [
    String(cause.rank),
    cause.kind,
    cause.service,
    cause.resource ?? '-',
    cause.operation ?? '-',
    String(cause.tracesAffected),
    cause.confidence.toFixed(2),
  ];
}

function describe(cause: RootCause, colors: Colors): string {
  const where = [cause.service, cause.resource, cause.operation]
    .filter(Boolean)
    .join(' ');
  const exception = cause.exception ? ` (${cause.exception})` : '';
  const lines = [
    colors.bold(
      `${cause.rank}. ${colors.red(cause.kind)} at ${where}${exception}`,
    ),
    ...section('evidence', cause.evidence.map(describeEvidence)),
    ...section('symptoms', cause.symptoms),
    ...section('example traces', cause.exampleTraceIds),
  ];

  return `${lines.join('\n')}\n`;
}

function section(title: string, items: readonly string[]): string[] {
  if (items.length === 0) return [];

  return [`   ${title}:`, ...items.map((item) => `     - ${item}`)];
}
