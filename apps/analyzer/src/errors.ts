/**
 * The exit codes of `rca-analyze`, as documented in the README.
 *
 * @example
 * process.exitCode = ExitCode.noTraces;
 */
export const ExitCode = {
  analyzed: 0,
  internal: 1,
  usage: 2,
  noTraces: 3,
} as const;

/**
 * One of the values of {@link ExitCode}.
 *
 * @example
 * const code: ExitCodeValue = ExitCode.usage;
 */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * A planned end of the CLI: a user mistake or an empty result. The CLI
 * prints `message` as one line on stderr (unless it was printed already)
 * and exits with `code`, without a stack trace. Anything else that reaches
 * the top is a bug.
 *
 * @example
 * throw new ExitError(ExitCode.usage, 'Pass --input FILE or --since 15m.');
 */
export class ExitError extends Error {
  readonly code: ExitCodeValue;
  /** False when the message was shown already (commander's own errors). */
  readonly shouldPrint: boolean;

  constructor(
    code: ExitCodeValue,
    message: string,
    options?: { cause?: unknown; shouldPrint?: boolean },
  ) {
    super(message, options);
    this.name = 'ExitError';
    this.code = code;
    this.shouldPrint = options?.shouldPrint ?? true;
  }
}
