import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ExitCode, ExitError } from '../../src/errors.js';
import { exitCodeFor } from '../../src/exit.js';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk) => chunks.push(chunk));

  return { stream, text: () => Buffer.concat(chunks).toString() };
}

describe('exitCodeFor', () => {
  it('prints one line without a stack for a planned end', () => {
    const stderr = capture();

    const code = exitCodeFor(
      new ExitError(ExitCode.usage, 'cannot read a.json (ENOENT).'),
      stderr.stream,
    );

    expect(code).toBe(2);
    expect(stderr.text()).toBe('rca-analyze: cannot read a.json (ENOENT).\n');
  });

  it('prints nothing when the message was shown already', () => {
    const stderr = capture();

    const code = exitCodeFor(
      new ExitError(ExitCode.usage, 'unknown option', { shouldPrint: false }),
      stderr.stream,
    );

    expect(code).toBe(2);
    expect(stderr.text()).toBe('');
  });

  it('treats any other error as a bug: stack, a request to report, 1', () => {
    const stderr = capture();

    const code = exitCodeFor(new TypeError('boom'), stderr.stream);

    expect(code).toBe(ExitCode.internal);
    expect(stderr.text()).toContain('This is a bug; please report it');
    expect(stderr.text()).toContain('TypeError: boom\n    at ');
  });
});
