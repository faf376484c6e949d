import { ThrottledException } from '@aws-sdk/client-xray';
import { describe, expect, it } from 'vitest';
import { backoffDelay, isTransientError } from '../../src/index.js';

function httpError(name: string, status: number): Error {
  return Object.assign(new Error(name), {
    name,
    $metadata: { httpStatusCode: status },
  });
}

describe('isTransientError', () => {
  it('retries throttling, 429 and 5xx answers', () => {
    const throttled = new ThrottledException({
      message: 'slow down',
      $metadata: { httpStatusCode: 429 },
    });

    expect(isTransientError(throttled)).toBe(true);
    expect(isTransientError(httpError('Unknown', 429))).toBe(true);
    expect(isTransientError(httpError('Unknown', 503))).toBe(true);
  });

  it('does not retry client mistakes', () => {
    expect(isTransientError(httpError('InvalidRequestException', 400))).toBe(
      false,
    );
    expect(isTransientError('not an error')).toBe(false);
  });
});

describe('backoffDelay', () => {
  it('doubles the bound per attempt up to the maximum', () => {
    const options = { baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.5 };

    const delays = [1, 2, 3, 4, 5, 6].map((attempt) =>
      backoffDelay(attempt, options),
    );

    expect(delays).toEqual([50, 100, 200, 400, 500, 500]);
  });

  it('draws each delay at random below its bound', () => {
    expect(backoffDelay(3, { baseDelayMs: 100, random: () => 0 })).toBe(0);
    expect(backoffDelay(3, { baseDelayMs: 100, random: () => 0.999 })).toBe(
      399,
    );
  });
});
