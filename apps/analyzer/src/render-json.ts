import type { RcaReport } from '@org/rca';

/**
 * The report as JSON, the contract of DESIGN.md, with a final newline.
 * Nothing else is written to stdout in this format.
 *
 * @example
 * process.stdout.write(renderJson(report));
 */
export function renderJson(report: RcaReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
