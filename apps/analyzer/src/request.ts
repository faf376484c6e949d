import { ExitCode, ExitError } from './errors.js';
import type { CliOptions } from './program.js';

/**
 * Where traces come from: files (or stdin as `-`), or a window of the
 * X-Ray API given as the text the user typed.
 *
 * @example
 * const source: TraceSource = { kind: 'files', paths: ['traces.json'] };
 */
export type TraceSource =
  | { kind: 'files'; paths: string[] }
  | {
      kind: 'xray';
      since: string;
      until?: string;
      filter?: string;
      endpoint?: string;
      region: string;
      deadline: string;
    };

/**
 * One run of the analyzer: what to read, what to compare with, how to
 * print.
 *
 * @example
 * const request = toRequest(program.opts<CliOptions>(), process.env);
 */
export interface AnalyzeRequest {
  traces: TraceSource;
  baseline?: TraceSource;
  format: 'text' | 'json' | 'html';
  /** The file to write the report to; stdout when undefined. */
  out?: string;
  top?: number;
}

/**
 * Checks the options together and turns them into a request.
 *
 * @throws {ExitError} with the usage code when they do not fit together.
 * @example
 * toRequest({ input: ['a.json'], format: 'json', deadline: '5m' }, {});
 */
export function toRequest(
  options: CliOptions,
  environment: NodeJS.ProcessEnv,
): AnalyzeRequest {
  const fromFiles = options.input !== undefined;
  const fromXRay = options.since !== undefined;
  if (fromFiles === fromXRay) {
    throw usage(
      'Pass either --input FILE... or --since TIME (with --endpoint URL for a local X-Ray API); see rca-analyze --help.',
    );
  }
  if (fromFiles && (options.endpoint || options.baselineSince)) {
    throw usage(
      '--endpoint and --baseline-since read X-Ray; use them with --since, not with --input.',
    );
  }
  if (fromXRay && options.baseline) {
    throw usage(
      '--baseline reads files; with --since use --baseline-since TIME.',
    );
  }
  const paths = [...(options.input ?? []), ...(options.baseline ?? [])];
  if (paths.filter((path) => path === '-').length > 1) {
    throw usage('stdin (-) can be read once only.');
  }

  return {
    traces: fromFiles
      ? { kind: 'files', paths: options.input ?? [] }
      : xraySource(options, options.since ?? '', environment),
    baseline: baselineSource(options, environment),
    format: options.format,
    out: options.out,
    top: options.top,
  };
}

function baselineSource(
  options: CliOptions,
  environment: NodeJS.ProcessEnv,
): TraceSource | undefined {
  if (options.baseline) return { kind: 'files', paths: options.baseline };
  if (!options.baselineSince) return undefined;

  return {
    ...xraySource(options, options.baselineSince, environment),
    until: options.since,
  };
}

function xraySource(
  options: CliOptions,
  since: string,
  environment: NodeJS.ProcessEnv,
): Extract<TraceSource, { kind: 'xray' }> {
  return {
    kind: 'xray',
    since,
    until: options.until,
    filter: options.filter,
    endpoint: options.endpoint,
    region: options.region ?? environment.AWS_REGION ?? 'us-east-1',
    deadline: options.deadline,
  };
}

function usage(message: string): ExitError {
  return new ExitError(ExitCode.usage, message);
}
