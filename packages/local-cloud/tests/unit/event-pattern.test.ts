import { describe, expect, it } from 'vitest';
import { compilePattern, InvalidEventPatternError } from '../../src/index.js';

const event = {
  source: 'shop.orders',
  'detail-type': 'OrderCreated',
  detail: {
    orderId: 'ord-123',
    amount: 250,
    currency: 'EUR',
    status: 'PLACED',
    express: false,
    coupon: null,
    clientIp: '10.0.0.7',
    clientIp6: '2001:db8::17',
    file: 'invoices/2026/march.PDF',
    tags: ['gift', 'priority'],
    items: [
      { sku: 'A-1', quantity: 2 },
      { sku: 'B-7', quantity: 1 },
    ],
  },
};

function matches(pattern: unknown): boolean {
  return compilePattern(pattern)(event);
}

describe('event patterns', () => {
  it('matches exact values and fails on a different value', () => {
    expect(matches({ source: ['shop.orders', 'shop.billing'] })).toBe(true);
    expect(matches({ source: ['shop.billing'] })).toBe(false);
  });

  it('matches numbers, booleans and null exactly, not their string forms', () => {
    expect(matches({ detail: { amount: [250] } })).toBe(true);
    expect(matches({ detail: { amount: ['250'] } })).toBe(false);
    expect(matches({ detail: { express: [false] } })).toBe(true);
    expect(matches({ detail: { coupon: [null] } })).toBe(true);
    expect(matches({ detail: { missing: [null] } })).toBe(false);
  });

  it('requires every field of the pattern, nested objects included', () => {
    expect(
      matches({ source: ['shop.orders'], detail: { currency: ['EUR'] } }),
    ).toBe(true);
    expect(
      matches({ source: ['shop.orders'], detail: { currency: ['USD'] } }),
    ).toBe(false);
  });

  it('matches prefixes, with and without case', () => {
    expect(matches({ detail: { orderId: [{ prefix: 'ord-' }] } })).toBe(true);
    expect(matches({ detail: { orderId: [{ prefix: 'ORD-' }] } })).toBe(false);
    expect(
      matches({
        detail: { orderId: [{ prefix: { 'equals-ignore-case': 'ORD-' } }] },
      }),
    ).toBe(true);
  });

  it('matches suffixes, with and without case', () => {
    expect(matches({ detail: { file: [{ suffix: '.PDF' }] } })).toBe(true);
    expect(matches({ detail: { file: [{ suffix: '.pdf' }] } })).toBe(false);
    expect(
      matches({
        detail: { file: [{ suffix: { 'equals-ignore-case': '.pdf' } }] },
      }),
    ).toBe(true);
  });

  it('matches equals-ignore-case', () => {
    expect(
      matches({ detail: { status: [{ 'equals-ignore-case': 'placed' }] } }),
    ).toBe(true);
    expect(
      matches({ detail: { status: [{ 'equals-ignore-case': 'failed' }] } }),
    ).toBe(false);
  });

  it('matches anything-but a value or a list of values', () => {
    expect(
      matches({ detail: { status: [{ 'anything-but': 'FAILED' }] } }),
    ).toBe(true);
    expect(
      matches({
        detail: { status: [{ 'anything-but': ['PLACED', 'FAILED'] }] },
      }),
    ).toBe(false);
    expect(
      matches({ detail: { amount: [{ 'anything-but': [100, 200] }] } }),
    ).toBe(true);
    expect(matches({ detail: { amount: [{ 'anything-but': 250 }] } })).toBe(
      false,
    );
  });

  it('matches anything-but a prefix, a suffix, a case-blind value or a wildcard', () => {
    expect(
      matches({
        detail: { orderId: [{ 'anything-but': { prefix: 'test-' } }] },
      }),
    ).toBe(true);
    expect(
      matches({
        detail: { orderId: [{ 'anything-but': { prefix: 'ord-' } }] },
      }),
    ).toBe(false);
    expect(
      matches({ detail: { file: [{ 'anything-but': { suffix: '.PDF' } }] } }),
    ).toBe(false);
    expect(
      matches({
        detail: {
          status: [{ 'anything-but': { 'equals-ignore-case': ['placed'] } }],
        },
      }),
    ).toBe(false);
    expect(
      matches({
        detail: { file: [{ 'anything-but': { wildcard: 'invoices/*' } }] },
      }),
    ).toBe(false);
  });

  it('does not match anything-but when the field is absent', () => {
    expect(matches({ detail: { missing: [{ 'anything-but': 'x' }] } })).toBe(
      false,
    );
  });

  it('matches numeric ranges and equality', () => {
    expect(
      matches({ detail: { amount: [{ numeric: ['>', 100, '<=', 250] }] } }),
    ).toBe(true);
    expect(
      matches({ detail: { amount: [{ numeric: ['>', 100, '<', 250] }] } }),
    ).toBe(false);
    expect(matches({ detail: { amount: [{ numeric: ['=', 250] }] } })).toBe(
      true,
    );
    expect(matches({ detail: { amount: [{ numeric: ['>=', 251] }] } })).toBe(
      false,
    );
    expect(matches({ detail: { orderId: [{ numeric: ['>', 0] }] } })).toBe(
      false,
    );
  });

  it('matches exists true and false', () => {
    expect(matches({ detail: { orderId: [{ exists: true }] } })).toBe(true);
    expect(matches({ detail: { refund: [{ exists: true }] } })).toBe(false);
    expect(matches({ detail: { refund: [{ exists: false }] } })).toBe(true);
    expect(matches({ detail: { orderId: [{ exists: false }] } })).toBe(false);
  });

  it('matches IPv4 and IPv6 addresses inside a CIDR block', () => {
    expect(matches({ detail: { clientIp: [{ cidr: '10.0.0.0/24' }] } })).toBe(
      true,
    );
    expect(matches({ detail: { clientIp: [{ cidr: '10.0.1.0/24' }] } })).toBe(
      false,
    );
    expect(
      matches({ detail: { clientIp6: [{ cidr: '2001:db8::/32' }] } }),
    ).toBe(true);
    expect(
      matches({ detail: { clientIp6: [{ cidr: '2001:db9::/32' }] } }),
    ).toBe(false);
  });

  it('matches wildcards, with escaped stars taken literally', () => {
    expect(
      matches({ detail: { file: [{ wildcard: 'invoices/*/*.PDF' }] } }),
    ).toBe(true);
    expect(matches({ detail: { file: [{ wildcard: 'receipts/*' }] } })).toBe(
      false,
    );
    expect(
      compilePattern({ name: [{ wildcard: 'a\\*b' }] })({ name: 'a*b' }),
    ).toBe(true);
    expect(
      compilePattern({ name: [{ wildcard: 'a\\*b' }] })({ name: 'axb' }),
    ).toBe(false);
  });

  it('matches when any $or branch matches', () => {
    const pattern = {
      source: ['shop.orders'],
      $or: [
        { detail: { currency: ['USD'] } },
        { detail: { amount: [{ numeric: ['>', 200] }] } },
      ],
    };
    expect(matches(pattern)).toBe(true);
    expect(
      matches({
        $or: [{ detail: { currency: ['USD'] } }, { detail: { amount: [1] } }],
      }),
    ).toBe(false);
  });

  it('matches arrays in the event when any element matches', () => {
    expect(matches({ detail: { tags: ['priority'] } })).toBe(true);
    expect(matches({ detail: { tags: ['bulk'] } })).toBe(false);
    expect(matches({ detail: { items: { sku: ['B-7'] } } })).toBe(true);
    expect(
      matches({ detail: { items: { quantity: [{ numeric: ['>', 5] }] } } }),
    ).toBe(false);
  });

  it.each([
    ['a leaf that is not an array', { source: 'shop' }],
    ['an empty array', { source: [] }],
    ['an unknown operator', { source: [{ regex: '.*' }] }],
    [
      'two operators in one matcher',
      { source: [{ prefix: 'a', suffix: 'b' }] },
    ],
    [
      'a numeric range in the wrong order',
      { n: [{ numeric: ['<', 5, '>', 1] }] },
    ],
    ['a non-numeric bound', { n: [{ numeric: ['>', 'five'] }] }],
    ['a malformed CIDR block', { ip: [{ cidr: '10.0.0.0/33' }] }],
    ['consecutive wildcards', { file: [{ wildcard: 'a**b' }] }],
    ['exists with a string', { file: [{ exists: 'yes' }] }],
    ['$or with one branch', { $or: [{ source: ['a'] }] }],
    ['text that is not JSON', '{source:'],
  ])('refuses %s', (_name, pattern) => {
    expect(() => compilePattern(pattern)).toThrow(InvalidEventPatternError);
  });
});
