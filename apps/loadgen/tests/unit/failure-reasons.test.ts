import { describe, expect, it } from 'vitest';
import { causeMessage, failedWith } from '../../src/report/failure-reasons.js';

describe('failure reasons', () => {
  it('takes the error before the first separator, keeping dotted names', () => {
    expect(failedWith('Lambda.TooManyRequestsException: {"a":1}')).toBe(
      'Lambda.TooManyRequestsException',
    );
    expect(failedWith('no reason recorded')).toBe('no reason recorded');
  });

  it('reads the message of a JSON cause, else the cause text, on one line', () => {
    expect(causeMessage('E: {"errorMessage":"card declined"}')).toBe(
      'card declined',
    );
    expect(causeMessage('E: {not json')).toBe('{not json');
    expect(causeMessage('E: first line\n  second line')).toBe(
      'first line second line',
    );
    expect(causeMessage('E')).toBe('');
  });

  it('shortens a long cause to 160 characters', () => {
    const message = causeMessage(`E: ${'x'.repeat(400)}`);

    expect(message).toHaveLength(160);
    expect(message.endsWith('…')).toBe(true);
  });
});
