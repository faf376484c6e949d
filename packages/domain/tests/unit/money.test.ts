import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  containsCardNumber,
  fromMinorUnits,
  isTerminalStatus,
  passesLuhn,
  toMinorUnits,
} from '../../src/index.js';

describe('toMinorUnits', () => {
  it('round-trips every amount of whole cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (cents) => {
        expect(toMinorUnits(fromMinorUnits(cents))).toBe(cents);
      }),
    );
  });

  it('refuses float noise, exponents and negatives', () => {
    expect(toMinorUnits(0.1 + 0.2)).toBeUndefined();
    expect(toMinorUnits(1e21)).toBeUndefined();
    expect(toMinorUnits(-1)).toBeUndefined();
    expect(toMinorUnits(Number.NaN)).toBeUndefined();
  });
});

describe('containsCardNumber', () => {
  it('finds Luhn-valid card numbers, grouped or not', () => {
    expect(containsCardNumber('4111111111111111')).toBe(true);
    expect(containsCardNumber('x 5500-0000-0000-0004 y')).toBe(true);
  });

  it('ignores digit runs that fail the Luhn check', () => {
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(containsCardNumber('order 4111111111111112')).toBe(false);
  });
});

describe('isTerminalStatus', () => {
  it('tells terminal statuses from the others', () => {
    expect(isTerminalStatus('FULFILLED')).toBe(true);
    expect(isTerminalStatus('PAID')).toBe(false);
  });
});
