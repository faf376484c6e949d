import { describe, expect, it } from 'vitest';
import { PaymentProviderUnavailableError } from '../../src/errors.js';
import { providerTimeout } from '../../src/provider-timeout.js';

describe('providerTimeout', () => {
  it('keeps a one-second margin before the invocation deadline', () => {
    expect(providerTimeout('ord-1', { remainingTimeMs: () => 6_000 })).toBe(
      5_000,
    );
  });

  it('refuses to start a call with less than 100 ms to spare', () => {
    expect(() =>
      providerTimeout('ord-1', { remainingTimeMs: () => 1_099 }),
    ).toThrow(PaymentProviderUnavailableError);
  });
});
