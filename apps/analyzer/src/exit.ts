import { ExitCode, ExitError } from './errors.js';

/**
 * Turns how a run ended into an exit code, printing what a person needs
 * on stderr: one line for a planned end, the stack and a request to report
 * for a bug. This is the only place that decides exit codes.
 *
 * @example
 * process.exitCode = exitCodeFor(error, process.stderr);
 */
export function exitCodeFor(
  error: unknown,
  stderr: NodeJS.WritableStream,
): number {
  if (error instanceof ExitError) {
    if (error.shouldPrint) stderr.write(`rca-analyze: ${error.message}\n`);
    return error.code;
  }
  const stack = error instanceof Error ? error.stack : String(error);
  stderr.write(
    `rca-analyze: unexpected error. This is a bug; please report it with the command you ran and this output.\n${stack}\n`,
  );

  return ExitCode.internal;
}
