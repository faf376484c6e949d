import {
  analyze,
  type RcaReport,
  TraceInputError,
  type TraceSet,
} from '@org/rca';
import { CommanderError } from 'commander';
import { shouldColor } from './colour.js';
import { ExitCode, ExitError } from './errors.js';
import { renderHtml } from './html/render-html.js';
import { type CliOptions, createProgram } from './program.js';
import { readTraceFiles } from './read-files.js';
import { renderJson } from './render-json.js';
import { renderText } from './render-text.js';
import { type AnalyzeRequest, type TraceSource, toRequest } from './request.js';
import { writeReport } from './write-report.js';

/**
 * The streams and environment the CLI works with; tests pass their own.
 *
 * @example
 * const terminal: Terminal = { ...process, isTty: process.stdout.isTTY };
 */
export interface Terminal {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  isTty: boolean;
}

/**
 * Runs one `rca-analyze` command: parse, read, analyze, print.
 *
 * @throws {ExitError} for user mistakes and when no trace was found.
 * @example
 * await run(process.argv.slice(2), terminal);
 */
export async function run(args: string[], terminal: Terminal): Promise<void> {
  const options = parseArguments(args);
  if (!options) return;
  const request = toRequest(options, terminal.env);
  const warn = (line: string) =>
    terminal.stderr.write(`rca-analyze: ${line}\n`);

  const traces = await readSource(request.traces, terminal, warn);
  if (traces.traces.length === 0) {
    throw new ExitError(
      ExitCode.noTraces,
      `no traces found in ${describe(request.traces)}.`,
    );
  }
  const baseline = request.baseline
    ? await readSource(request.baseline, terminal, warn)
    : undefined;
  const report = analyzeTraces(traces, baseline, request.top);

  const output = render(request, report, traces, terminal);
  await writeReport(output, request.out, terminal.stdout);
}

function render(
  request: AnalyzeRequest,
  report: RcaReport,
  traces: TraceSet,
  terminal: Terminal,
): string {
  if (request.format === 'json') return renderJson(report);
  if (request.format === 'html') {
    return renderHtml(report, traces, { source: describe(request.traces) });
  }
  // A file never gets colour codes, even when stdout is a terminal.
  const color =
    request.out === undefined && shouldColor(terminal.isTty, terminal.env);

  return renderText(report, { color });
}

function parseArguments(args: string[]): CliOptions | undefined {
  const program = createProgram();
  try {
    program.parse(args, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.exitCode === 0) return undefined;
    throw new ExitError(ExitCode.usage, error.message, {
      cause: error,
      shouldPrint: false,
    });
  }

  return program.opts<CliOptions>();
}

// The engine may read documents lazily, so bad input can surface during
// analysis as well as while reading.
function analyzeTraces(
  traces: TraceSet,
  baseline: TraceSet | undefined,
  top: number | undefined,
): RcaReport {
  try {
    return analyze(traces, { baseline, top });
  } catch (error) {
    throw asUsageError(error);
  }
}

function asUsageError(error: unknown): unknown {
  if (!(error instanceof TraceInputError)) return error;

  return new ExitError(ExitCode.usage, error.message, { cause: error });
}

async function readSource(
  source: TraceSource,
  terminal: Terminal,
  warn: (line: string) => void,
): Promise<TraceSet> {
  try {
    if (source.kind === 'files') {
      return await readTraceFiles(source.paths, terminal.stdin);
    }
    const { readXRayTraces } = await import('./read-xray.js');
    return await readXRayTraces(source, warn);
  } catch (error) {
    throw asUsageError(error);
  }
}

function describe(source: TraceSource): string {
  if (source.kind === 'files') return source.paths.join(', ');

  return `X-Ray ${source.endpoint ?? source.region} since ${source.since}`;
}
