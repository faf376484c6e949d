import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type LocalCloud, startLocalCloud } from '../../src/index.js';

let cloud: LocalCloud;

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, seed: 42 });
});

afterEach(() => {
  cloud.faults.reset();
});

afterAll(async () => {
  await cloud.stop();
});

interface ChargeAnswer {
  paymentId: string;
  status: string;
  error: { type: string; message: string };
}

async function answerOf(response: Response): Promise<ChargeAnswer> {
  return (await response.json()) as ChargeAnswer;
}

function charge(key: string, paymentToken = 'tok_visa', signal?: AbortSignal) {
  return fetch(`${cloud.paymentProvider.url}/charges`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({
      orderId: key,
      amount: 1999,
      currency: 'EUR',
      paymentToken,
    }),
    signal,
  });
}

describe('the payment provider stub', () => {
  it('charges once per idempotency key and answers the same payment again', async () => {
    const first = await charge('order-1');
    const second = await charge('order-1');
    const firstBody = await answerOf(first);

    expect(first.status).toBe(200);
    expect(firstBody).toMatchObject({ status: 'succeeded' });
    expect((await answerOf(second)).paymentId).toBe(firstBody.paymentId);
    expect(cloud.paymentProvider.ledger.requestsForKey('order-1')).toBe(2);
    expect(
      cloud.paymentProvider.ledger.chargesForOrder('order-1'),
    ).toHaveLength(1);
  });

  it('declines tok_decline tokens with 402', async () => {
    const response = await charge('order-2', 'tok_decline_insufficient_funds');

    expect(response.status).toBe(402);
    expect((await answerOf(response)).status).toBe('declined');
  });

  it('refuses a charge without the required fields with 400', async () => {
    const response = await fetch(`${cloud.paymentProvider.url}/charges`, {
      method: 'POST',
      body: JSON.stringify({ orderId: 'o', amount: -1 }),
    });

    expect(response.status).toBe(400);
    expect((await answerOf(response)).error.message).toContain('amount');
  });

  it('answers the configured share of requests with 503 before charging', async () => {
    cloud.faults.setPaymentProvider({ failureRate: 0.5 });

    const statuses = [];
    for (let index = 0; index < 40; index += 1) {
      statuses.push((await charge(`share-${index}`)).status);
    }
    const failures = statuses.filter((status) => status === 503).length;

    expect(failures).toBeGreaterThan(8);
    expect(failures).toBeLessThan(32);
    expect(
      cloud.paymentProvider.ledger
        .charges()
        .filter((c) => c.orderId.startsWith('share-')),
    ).toHaveLength(40 - failures);
  });

  it('adds the configured latency', async () => {
    cloud.faults.setPaymentProvider({ latencyMs: 120 });
    const started = performance.now();

    await charge('slow-1');

    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('hangs requests until the caller gives up', async () => {
    cloud.faults.setPaymentProvider({ hang: true });

    const outcome = await charge(
      'hung-1',
      'tok_visa',
      AbortSignal.timeout(200),
    ).then(
      () => 'answered',
      (error: Error) => error.name,
    );

    expect(outcome).toBe('TimeoutError');
    expect(cloud.stats.paymentProvider.hung).toBe(1);
  });
});
