import { describe, expect, it } from 'vitest';
import { ChargeLedger, seededRandom } from '../../src/index.js';

const request = {
  orderId: 'o-1',
  amount: 1999,
  currency: 'EUR',
  paymentToken: 'tok_visa',
};

describe('the charge ledger', () => {
  it('charges once per idempotency key and counts every request', () => {
    const ledger = new ChargeLedger();

    const first = ledger.charge(request, 'o-1');
    const second = ledger.charge(request, 'o-1');

    expect(second.charge.paymentId).toBe(first.charge.paymentId);
    expect(second.replayed).toBe(true);
    expect(ledger.requestsForKey('o-1')).toBe(2);
    expect(ledger.chargesForOrder('o-1')).toHaveLength(1);
  });

  it('shows a double charge when an order is retried with a new key', () => {
    const ledger = new ChargeLedger();

    ledger.charge(request, 'attempt-1');
    ledger.charge(request, 'attempt-2');

    expect(ledger.chargesForOrder('o-1')).toHaveLength(2);
  });

  it('declines tokens that start with tok_decline', () => {
    const ledger = new ChargeLedger();

    const { charge } = ledger.charge(
      { ...request, paymentToken: 'tok_decline_funds' },
      'k',
    );

    expect(charge.status).toBe('declined');
  });
});

describe('the seeded random generator', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return [random(), random(), random()];
    };

    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(7).every((value) => value >= 0 && value < 1)).toBe(true);
  });
});
