import { vi } from 'vitest';

/** Collects what is written to stdout until `restore` is called. */
export function captureStdout() {
  const chunks: string[] = [];
  const spy = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(typeof chunk === 'string' ? chunk : chunk.toString());
      return true;
    });

  return {
    text: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line.trim() !== ''),
    restore: () => spy.mockRestore(),
  };
}
