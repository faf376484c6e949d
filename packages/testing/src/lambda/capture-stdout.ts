/**
 * What {@link captureStdout} has collected, and how to stop collecting.
 *
 * @example
 * const stdout: CapturedStdout = captureStdout();
 */
export interface CapturedStdout {
  /** Everything written so far, as one string. */
  text(): string;
  /** The non-blank lines written so far. */
  lines(): string[];
  /** Puts the real `process.stdout.write` back. */
  restore(): void;
}

/**
 * Collects what is written to stdout, instead of printing it, until
 * `restore` is called. Call `restore` in a `finally` or `afterEach`.
 *
 * @example
 * const stdout = captureStdout();
 * try {
 *   await handler(event, lambdaContext());
 * } finally {
 *   stdout.restore();
 * }
 * JSON.parse(stdout.lines()[0] ?? '{}').level; // 'INFO'
 */
export function captureStdout(): CapturedStdout {
  const chunks: string[] = [];
  const realWrite = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : chunk.toString());
    return true;
  }) as typeof process.stdout.write;

  return {
    text: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line.trim() !== ''),
    restore: () => {
      process.stdout.write = realWrite;
    },
  };
}
