import { describe, expect, it } from 'vitest';
import { captureStdout } from '../../src/lambda/capture-stdout.js';
import { recordingLogger } from '../../src/lambda/recording-logger.js';

describe('captureStdout', () => {
  it('collects writes as non-blank lines and restores the real stdout', () => {
    const realWrite = process.stdout.write;
    const stdout = captureStdout();
    try {
      process.stdout.write('{"level":"INFO"}\n\n');
      process.stdout.write(Buffer.from('second\n'));
    } finally {
      stdout.restore();
    }

    expect(stdout.lines()).toEqual(['{"level":"INFO"}', 'second']);
    expect(stdout.text()).toBe('{"level":"INFO"}\n\nsecond\n');
    expect(process.stdout.write).toBe(realWrite);
  });
});

describe('recordingLogger', () => {
  it('keeps each entry as a JSON line with its level and attributes', () => {
    const logger = recordingLogger();

    logger.info('order stored', { orderId: 'ord-1' });
    logger.error('charge failed');

    expect(logger.lines.map((line) => JSON.parse(line))).toEqual([
      { level: 'INFO', message: 'order stored', orderId: 'ord-1' },
      { level: 'ERROR', message: 'charge failed' },
    ]);
  });
});
