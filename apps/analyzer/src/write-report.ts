import { writeFile } from 'node:fs/promises';
import { ExitCode, ExitError } from './errors.js';

/**
 * Writes the rendered report to `path`, or to stdout when there is none.
 *
 * @throws {ExitError} with the usage code when the file cannot be written.
 * @example
 * await writeReport(html, 'report.html', process.stdout);
 */
export async function writeReport(
  output: string,
  path: string | undefined,
  stdout: NodeJS.WritableStream,
): Promise<void> {
  if (path === undefined) {
    stdout.write(output);
    return;
  }

  try {
    await writeFile(path, output, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ExitError(
      ExitCode.usage,
      `cannot write ${path} (${reason}). Check that its folder exists and is writable.`,
      { cause: error },
    );
  }
}
