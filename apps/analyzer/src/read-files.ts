import { readFile } from 'node:fs/promises';
import { mergeTraceSets, readTraces, type TraceSet } from '@org/rca';
import { ExitCode, ExitError } from './errors.js';

/**
 * Reads trace files (`-` is stdin) into one trace set.
 *
 * @throws {ExitError} with the usage code when a file cannot be read.
 * @example
 * const traces = await readTraceFiles(['outage.json'], process.stdin);
 */
export async function readTraceFiles(
  paths: readonly string[],
  stdin: NodeJS.ReadableStream,
): Promise<TraceSet> {
  const sets: TraceSet[] = [];
  for (const path of paths) {
    const text = await readText(path, stdin);
    sets.push(readTraces(text, { source: path === '-' ? 'stdin' : path }));
  }
  if (sets.length === 1 && sets[0]) return sets[0];

  return mergeTraceSets(...sets);
}

async function readText(
  path: string,
  stdin: NodeJS.ReadableStream,
): Promise<string> {
  if (path === '-') return readStream(stdin);
  try {
    // Decoded in one go: read as text, a large file arrives as a string of
    // many pieces that the first search or parse must join.
    return (await readFile(path)).toString('utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ExitError(
      ExitCode.usage,
      `cannot read ${path} (${reason}). Check the path and its permissions.`,
      { cause: error },
    );
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }

  return Buffer.concat(chunks).toString('utf8');
}
