import { describe, expect, it } from 'vitest';
import {
  invokeFunctionFrom,
  type LambdaInvoker,
  lambdaFailure,
} from '../../../src/stepfunctions/index.js';

const timedOut = {
  errorType: 'Sandbox.Timedout',
  errorMessage: 'RequestId: r-1 Error: Task timed out after 3.00 seconds',
};

// Answers like the local Lambda emulation: the event's `outcome` field
// picks the result, and the trace header is echoed in the payload.
const lambda: LambdaInvoker = {
  invoke: async ({ event, traceHeader }) => {
    const { outcome } = event as { outcome: string };
    if (outcome === 'timeout') return { kind: 'timeout', error: timedOut };
    return { kind: 'success', payload: { traceHeader } };
  },
};

describe('invokeFunctionFrom', () => {
  it('answers a success with StatusCode 200 and passes the trace header on', async () => {
    const invoke = invokeFunctionFrom(lambda);

    const result = await invoke(
      'fulfillment',
      { outcome: 'success' },
      { traceHeader: 'Root=1-6927a1b2-0123456789abcdef01234567' },
    );

    expect(result).toEqual({
      StatusCode: 200,
      Payload: { traceHeader: 'Root=1-6927a1b2-0123456789abcdef01234567' },
    });
  });

  it('turns a timed-out function into the Sandbox.Timedout task error', async () => {
    const invoke = invokeFunctionFrom(lambda);

    const result = await invoke('fulfillment', { outcome: 'timeout' }, {});

    expect(result.FunctionError).toBe('Unhandled');
    expect(lambdaFailure(result)?.name).toBe('Sandbox.Timedout');
  });
});
