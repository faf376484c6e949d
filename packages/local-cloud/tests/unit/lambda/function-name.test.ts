import { describe, expect, it } from 'vitest';
import { functionNameOf, timeoutError } from '../../../src/lambda/index.js';

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
