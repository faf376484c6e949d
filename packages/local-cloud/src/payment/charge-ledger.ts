import { randomUUID } from 'node:crypto';

/** A charge request as the provider accepts it. */
export interface ChargeRequest {
  orderId: string;
  amount: number;
  currency: string;
  paymentToken: string;
}

/** A charge the provider made or declined. */
export interface Charge {
  paymentId: string;
  status: 'succeeded' | 'declined';
  orderId: string;
  amount: number;
  currency: string;
  idempotencyKey?: string;
}

/**
 * The provider's book of charges: one charge per idempotency key, and a
 * count of how many requests each key and each order brought, so that a
 * test can assert that an order was charged once however often it was
 * retried.
 *
 * @example
 * const { charge, replayed } = ledger.charge(request, 'order-1');
 */
export class ChargeLedger {
  readonly #byKey = new Map<string, Charge>();
  readonly #requestsByKey = new Map<string, number>();
  readonly #chargesByOrder = new Map<string, Charge[]>();

  /** Charges once per key; a known key returns its first charge, replayed. */
  charge(
    request: ChargeRequest,
    idempotencyKey: string | undefined,
  ): { charge: Charge; replayed: boolean } {
    if (idempotencyKey) {
      this.#requestsByKey.set(
        idempotencyKey,
        this.requestsForKey(idempotencyKey) + 1,
      );
      const known = this.#byKey.get(idempotencyKey);
      if (known) {
        return { charge: known, replayed: true };
      }
    }
    const charge: Charge = {
      paymentId: `pay_${randomUUID().replaceAll('-', '')}`,
      status: request.paymentToken.startsWith('tok_decline')
        ? 'declined'
        : 'succeeded',
      orderId: request.orderId,
      amount: request.amount,
      currency: request.currency,
      idempotencyKey,
    };
    if (idempotencyKey) {
      this.#byKey.set(idempotencyKey, charge);
    }
    this.#chargesByOrder.set(request.orderId, [
      ...this.chargesForOrder(request.orderId),
      charge,
    ]);

    return { charge, replayed: false };
  }

  /** Requests that reached the ledger with this idempotency key. */
  requestsForKey(idempotencyKey: string): number {
    return this.#requestsByKey.get(idempotencyKey) ?? 0;
  }

  /** Distinct charges made for an order (more than one means a double charge). */
  chargesForOrder(orderId: string): Charge[] {
    return this.#chargesByOrder.get(orderId) ?? [];
  }

  /** Every distinct charge, oldest first. */
  charges(): Charge[] {
    return [...this.#chargesByOrder.values()].flat();
  }
}
