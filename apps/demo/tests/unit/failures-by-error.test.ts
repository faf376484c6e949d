import { describe, expect, it } from 'vitest';
import { failuresByError } from '../../src/steps/reconcile.js';

describe('failuresByError', () => {
  it('adds up reasons of the same error whatever their cause text', () => {
    const grouped = failuresByError({
      'ProvisionedThroughputExceededException: {"trace":["a"]}': 3,
      'ProvisionedThroughputExceededException: {"trace":["b"]}': 2,
      'PaymentProviderUnavailable: provider answered 503': 1,
    });

    expect(grouped).toEqual({
      ProvisionedThroughputExceededException: 5,
      PaymentProviderUnavailable: 1,
    });
  });
});
