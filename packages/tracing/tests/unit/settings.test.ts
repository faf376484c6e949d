import { afterEach, describe, expect, it } from 'vitest';
import {
  daemonAddress,
  environmentRedactor,
  TracingConfigurationError,
} from '../../src/index.js';

describe('settings from the environment', () => {
  afterEach(() => {
    delete process.env.TRACING_REDACT_KEYS;
    delete process.env.TRACING_REDACT;
  });

  it('adds the keys of TRACING_REDACT_KEYS to the redacted ones', () => {
    process.env.TRACING_REDACT_KEYS = 'dateOfBirth, loyalty_number';

    const redactor = environmentRedactor();

    expect(
      redactor.redact({ date_of_birth: 'x', LoyaltyNumber: 'y', sku: 'z' }),
    ).toEqual({
      date_of_birth: '[REDACTED]',
      LoyaltyNumber: '[REDACTED]',
      sku: 'z',
    });
  });

  it('turns redaction off with TRACING_REDACT=false', () => {
    process.env.TRACING_REDACT = 'false';

    expect(environmentRedactor().redact({ email: 'ada@example.com' })).toEqual({
      email: 'ada@example.com',
    });
  });

  it.each([
    [undefined, { host: '127.0.0.1', port: 2000 }],
    ['127.0.0.1:3000', { host: '127.0.0.1', port: 3000 }],
    [
      'tcp:127.0.0.1:2000 udp:127.0.0.2:2001',
      { host: '127.0.0.2', port: 2001 },
    ],
  ])('reads the daemon address %s', (raw, address) => {
    expect(daemonAddress(raw)).toEqual(address);
  });

  it.each(['localhost', 'tcp:127.0.0.1:2000', '127.0.0.1:port'])(
    'refuses the daemon address %s with the value in the message',
    (raw) => {
      expect(() => daemonAddress(raw)).toThrow(TracingConfigurationError);
      expect(() => daemonAddress(raw)).toThrow(raw);
    },
  );
});
