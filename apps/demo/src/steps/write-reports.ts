import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runAnalyzer } from '../analyzer-cli.js';
import type { DemoContext } from '../demo-context.js';
import { AnalyzerError } from '../errors.js';
import { parseRcaReport } from '../rca-report.js';
import type { DemoStep } from './demo-step.js';

/** The report files, by what they hold. */
export const REPORT_FILES = {
  run: 'latest-run.json',
  rca: 'latest-rca.json',
  html: 'latest.html',
  alert: 'latest-alert.json',
} as const;

/**
 * Writes the load generator's summary (with the fault and verdict times),
 * then analyzes the whole run once more and writes the analyzer's JSON
 * and HTML reports, and, when the responder alerted, the alert.
 *
 * @example
 * await writeReportsStep.run(context); // reports/latest-run.json, …
 */
export const writeReportsStep: DemoStep = {
  title: 'Reports',
  async run(context: DemoContext): Promise<void> {
    const { summary, target, options, verdict } = context;
    if (!summary || !target) {
      throw new Error('The reports step runs after the reconcile step.');
    }

    const folder = resolve(options.reportsDir);
    await mkdir(folder, { recursive: true });
    const runFile = join(folder, REPORT_FILES.run);
    const timing = verdict
      ? {
          firstFaultAt: new Date(verdict.faultAt).toISOString(),
          verdictAt: new Date(verdict.verdictAt).toISOString(),
          faultToVerdictMs: verdict.verdictAt - verdict.faultAt,
        }
      : {};
    await writeJson(runFile, { ...summary, ...timing });
    context.reports.run = runFile;

    const endpoint = target.running.cloud.endpoint;
    const rcaFile = join(folder, REPORT_FILES.rca);
    await analyzeInto(context, endpoint, 'json', rcaFile);
    context.reports.rca = rcaFile;
    const htmlFile = join(folder, REPORT_FILES.html);
    await analyzeInto(context, endpoint, 'html', htmlFile);
    context.reports.html = htmlFile;
    if (context.alert) {
      const alertFile = join(folder, REPORT_FILES.alert);
      await writeJson(alertFile, context.alert);
      context.reports.alert = alertFile;
    }
    for (const file of Object.values(context.reports)) {
      context.print(`Wrote ${file}`);
    }
  },
};

async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
}

async function analyzeInto(
  context: DemoContext,
  endpoint: string,
  format: 'json' | 'html',
  out: string,
): Promise<void> {
  const run = await runAnalyzer({
    endpoint,
    format,
    out,
    cli: context.options.analyzerCli,
  });
  if (run.code !== 0) {
    throw new AnalyzerError(
      `exited with code ${run.code} writing ${out}: ${run.stderr.trim().slice(0, 400)}`,
    );
  }
  if (format === 'json') {
    // Checks that the file holds a report, not an error text.
    parseRcaReport(await readFile(out, 'utf8'));
  }
}
