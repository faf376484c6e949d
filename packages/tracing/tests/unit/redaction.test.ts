import { describe, expect, it } from 'vitest';
import { createRedactor, redactText } from '../../src/index.js';

describe('redaction', () => {
  const redactor = createRedactor();

  it.each([
    'email',
    'customerEmail',
    'customer_email',
    'shipping_address',
    'billing-address',
    'paymentToken',
    'password',
    'cardPan',
    'PAN',
    'cvv',
    'card',
    'creditCardNumber',
    'phoneNumber',
  ])('redacts the value of the key %s', (key) => {
    expect(redactor.redact({ [key]: 'anything' })).toEqual({
      [key]: '[REDACTED]',
    });
  });

  it.each(['orderId', 'company', 'expand', 'cardinality', 'sku'])(
    'keeps the value of the key %s',
    (key) => {
      expect(redactor.redact({ [key]: 'kept' })).toEqual({ [key]: 'kept' });
    },
  );

  it('redacts whole nested objects under a sensitive key', () => {
    const order = {
      shippingAddress: { line1: '12 Analytical Way', city: 'London' },
    };

    expect(redactor.redact(order)).toEqual({ shippingAddress: '[REDACTED]' });
  });

  it.each([
    '4111111111111111',
    '4111 1111 1111 1111',
    '4111-1111-1111-1111',
    '378282246310005',
    '6011000990139424',
  ])('redacts the card number %s inside text', (card) => {
    expect(redactText(`paid with ${card} today`)).toBe(
      'paid with [REDACTED] today',
    );
  });

  it('keeps digit runs that fail the Luhn check or are too short', () => {
    const text = 'order 4111111111111112 at 1700000000123 ref 123456789012';

    expect(redactText(text)).toBe(text);
  });

  it('redacts e-mail addresses inside text', () => {
    expect(redactText('mail ada.lovelace@example.com now')).toBe(
      'mail [REDACTED] now',
    );
  });

  it('redacts keys given as options, case- and separator-insensitively', () => {
    const custom = createRedactor({ extraKeys: ['date-of-birth'] });

    expect(custom.redact({ DateOfBirth: '1815-12-10', id: 1 })).toEqual({
      DateOfBirth: '[REDACTED]',
      id: 1,
    });
  });

  it('does not change the caller object', () => {
    const order = { customerEmail: 'ada@example.com', note: 'ada@example.com' };

    const copy = redactor.redact(order);

    expect(order).toEqual({
      customerEmail: 'ada@example.com',
      note: 'ada@example.com',
    });
    expect(copy).toEqual({ customerEmail: '[REDACTED]', note: '[REDACTED]' });
  });

  it('replaces cycles and keeps shared references', () => {
    const shared = { sku: 'SKU-1' };
    const order: Record<string, unknown> = { first: shared, second: shared };
    order.self = order;

    expect(redactor.redact(order)).toEqual({
      first: { sku: 'SKU-1' },
      second: { sku: 'SKU-1' },
      self: '[Circular]',
    });
  });

  it('turns errors into records with redacted messages', () => {
    const error = new Error('no account for ada@example.com');

    const copy = redactor.redact<unknown>({ error }) as {
      error: Record<string, unknown>;
    };

    expect(copy.error).toMatchObject({
      name: 'Error',
      message: 'no account for [REDACTED]',
    });
    expect(String(copy.error.stack)).not.toContain('ada@example.com');
  });

  it('passes values through untouched when disabled', () => {
    const off = createRedactor({ enabled: false });
    const value = { email: 'ada@example.com' };

    expect(off.redact(value)).toBe(value);
  });
});
