import { describe, expect, it } from 'vitest';
import {
  functionNameOf,
  timeoutError,
  upstreamTraceHeader,
} from '../../../src/lambda/index.js';

describe('function references', () => {
  it.each([
    ['orders', 'orders'],
    ['arn:aws:lambda:us-east-1:000000000000:function:orders', 'orders'],
    ['arn:aws:lambda:us-east-1:000000000000:function:orders:live', 'orders'],
    ['000000000000:function:orders', 'orders'],
  ])('reads %s as the function %s', (reference, name) => {
    expect(functionNameOf(reference)).toBe(name);
  });
});

describe('the timeout error', () => {
  it('reads as Lambda reports it, with two decimals', () => {
    expect(timeoutError('req-1', 3)).toEqual({
      errorType: 'Sandbox.Timedout',
      errorMessage: 'RequestId: req-1 Error: Task timed out after 3.00 seconds',
      trace: [],
    });
  });
});

describe('the caller trace header', () => {
  it('is read when it names a trace', () => {
    const header = upstreamTraceHeader(
      'Root=1-6927a1b2-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1',
    );

    expect(header).toMatchObject({
      root: '1-6927a1b2-0123456789abcdef01234567',
      parent: '53995c3f42cd8ad8',
      sampled: true,
    });
  });

  it('is ignored when unreadable, so that a new trace starts', () => {
    expect(upstreamTraceHeader('Root=nonsense')).toBeUndefined();
  });
});
