import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AnalyzerError } from './errors.js';

/** What a finished run of the analyzer CLI left behind. */
export interface AnalyzerRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link runAnalyzer}. */
export interface AnalyzerRunOptions {
  /** The local cloud's edge, which serves the X-Ray API. */
  endpoint: string;
  format: 'json' | 'html';
  /** Write the report to this file instead of stdout. */
  out?: string;
  /** Window start, as the analyzer reads it (`15m`, an ISO time). */
  since?: string;
  /** The analyzer CLI; default apps/analyzer/dist/cli.js. */
  cli?: string;
}

/**
 * The built analyzer CLI of this repository: apps/analyzer/dist/cli.js,
 * found from this module, which runs from apps/demo/src or apps/demo/dist.
 *
 * @example
 * analyzerCliPath(); // '/repo/apps/analyzer/dist/cli.js'
 */
export function analyzerCliPath(): string {
  return fileURLToPath(new URL('../../analyzer/dist/cli.js', import.meta.url));
}

/**
 * Runs the analyzer CLI against the local X-Ray API in a child process,
 * with dummy AWS credentials and region us-east-1, and resolves when it
 * exits. Rejects with an {@link AnalyzerError} when the CLI is missing.
 *
 * @example
 * const run = await runAnalyzer({ endpoint: cloud.endpoint, format: 'json' });
 */
export function runAnalyzer(options: AnalyzerRunOptions): Promise<AnalyzerRun> {
  const cli = options.cli ?? analyzerCliPath();
  if (!existsSync(cli)) {
    return Promise.reject(
      new AnalyzerError(`is not built (${cli} is missing)`),
    );
  }
  const args = [
    cli,
    '--endpoint',
    options.endpoint,
    '--since',
    options.since ?? '15m',
    '--format',
    options.format,
    '--region',
    'us-east-1',
    ...(options.out ? ['--out', options.out] : []),
  ];

  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--no-warnings', ...args], {
      env: { ...process.env, ...LOCAL_AWS_ENVIRONMENT },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const LOCAL_AWS_ENVIRONMENT = {
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  AWS_REGION: 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
} as const;
