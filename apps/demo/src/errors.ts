/**
 * Base of the errors the demo raises on purpose; the CLI turns `exitCode`
 * into the process exit code and prints the message on stderr.
 *
 * @example
 * if (error instanceof DemoError) process.exitCode = error.exitCode;
 */
export class DemoError extends Error {
  override name = 'DemoError';
  /** The process exit code the CLI ends with. */
  readonly exitCode: number;

  constructor(message: string, exitCode: number, options?: ErrorOptions) {
    super(message, options);
    this.exitCode = exitCode;
  }
}

/**
 * A bad command-line option. Exit code 2.
 *
 * @example
 * throw new DemoUsageError('--orders must be a positive integer, got "x".');
 */
export class DemoUsageError extends DemoError {
  override name = 'DemoUsageError';

  constructor(message: string, options?: ErrorOptions) {
    super(message, 2, options);
  }
}

/**
 * The analyzer CLI is missing, failed or printed something that is not
 * its JSON report. Exit code 3.
 *
 * @example
 * throw new AnalyzerError('exited with code 2: bad --since', { cause });
 */
export class AnalyzerError extends DemoError {
  override name = 'AnalyzerError';

  constructor(detail: string, options?: ErrorOptions) {
    super(
      `The analyzer ${detail}. Build it with \`pnpm exec turbo run build --filter=@org/demo...\` and run again.`,
      3,
      options,
    );
  }
}
