import { describe, expect, it } from 'vitest';
import { callOutcome } from '../../src/aws/call-outcome.js';

describe('callOutcome', () => {
  it.each([
    [{ status: 200, failed: false }, {}],
    [
      {
        status: 400,
        errorName: 'ConditionalCheckFailedException',
        failed: true,
      },
      { error: true },
    ],
    [{ status: 404, failed: true }, { error: true }],
    [
      { status: 429, failed: true },
      { error: true, throttle: true },
    ],
    [
      {
        status: 400,
        errorName: 'ProvisionedThroughputExceededException',
        failed: true,
      },
      { error: true, throttle: true },
    ],
    [
      { status: 400, errorName: 'ThrottlingException', failed: true },
      { error: true, throttle: true },
    ],
    [
      { status: 400, errorName: 'Odd', throttling: true, failed: true },
      { error: true, throttle: true },
    ],
    [
      { status: 500, errorName: 'InternalServerError', failed: true },
      { fault: true },
    ],
    [{ status: 503, failed: false }, { fault: true }],
    [{ errorName: 'TimeoutError', failed: true }, { fault: true }],
  ])('flags %o as %o', (result, flags) => {
    expect(callOutcome(result)).toEqual(flags);
  });
});
