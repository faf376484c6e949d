import { sampleOrder } from '@org/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PaymentDeclinedError,
  PaymentProviderUnavailableError,
} from '../../src/errors.js';
import { chargeOrder } from '../../src/payment-provider.js';
import {
  type ProviderReply,
  startScriptedProvider,
} from './support/scripted-provider.js';

const order = sampleOrder();
const request = {
  orderId: order.orderId,
  amount: order.totalAmount,
  currency: order.currency,
  paymentToken: order.paymentToken,
};

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function providerThat(reply: ProviderReply) {
  const provider = await startScriptedProvider(() => reply);
  close = provider.close;
  return provider;
}

describe('chargeOrder', () => {
  it('posts the charge as JSON with the order id as idempotency key', async () => {
    const provider = await providerThat({
      kind: 'answer',
      status: 201,
      body: { paymentId: 'pay_1', status: 'succeeded' },
    });

    const charge = await chargeOrder(`${provider.url}/v1`, request, 1_000);

    expect(charge).toEqual({ paymentId: 'pay_1' });
    expect(provider.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/v1/charges',
        body: request,
      }),
    ]);
    expect(provider.requests[0]?.headers['idempotency-key']).toBe('ord-0001');
  });

  it.each([500, 503, 408, 429])(
    'throws PaymentProviderUnavailable on HTTP %i',
    async (status) => {
      const provider = await providerThat({ kind: 'answer', status, body: {} });

      const failure = chargeOrder(provider.url, request, 1_000);

      await expect(failure).rejects.toThrow(PaymentProviderUnavailableError);
      await expect(failure).rejects.toMatchObject({
        name: 'PaymentProviderUnavailable',
      });
    },
  );

  it.each([400, 402, 422])(
    'throws PaymentDeclined on HTTP %i',
    async (status) => {
      const provider = await providerThat({ kind: 'answer', status, body: {} });

      await expect(
        chargeOrder(provider.url, request, 1_000),
      ).rejects.toMatchObject({ name: 'PaymentDeclined', retryable: false });
    },
  );

  it('throws PaymentDeclined when the provider answers status declined', async () => {
    const provider = await providerThat({
      kind: 'answer',
      status: 200,
      body: { paymentId: 'pay_2', status: 'declined' },
    });

    await expect(chargeOrder(provider.url, request, 1_000)).rejects.toThrow(
      PaymentDeclinedError,
    );
  });

  it('throws PaymentProviderUnavailable on an answer it cannot read', async () => {
    const provider = await providerThat({
      kind: 'answer',
      status: 200,
      body: '<html>gateway</html>',
    });

    await expect(chargeOrder(provider.url, request, 1_000)).rejects.toThrow(
      PaymentProviderUnavailableError,
    );
  });

  it('gives up with PaymentProviderUnavailable when the provider hangs past the deadline', async () => {
    const provider = await providerThat({ kind: 'hang' });

    await expect(chargeOrder(provider.url, request, 150)).rejects.toThrow(
      'no answer within 150 ms',
    );
  });

  it('throws PaymentProviderUnavailable when the connection drops', async () => {
    const provider = await providerThat({ kind: 'drop' });

    await expect(chargeOrder(provider.url, request, 1_000)).rejects.toThrow(
      /network error/,
    );
  });

  it('throws PaymentProviderUnavailable when nothing listens', async () => {
    await expect(
      chargeOrder('http://127.0.0.1:9', request, 1_000),
    ).rejects.toThrow(PaymentProviderUnavailableError);
  });

  it('keeps the payment token out of its error messages', async () => {
    const provider = await providerThat({
      kind: 'answer',
      status: 402,
      body: {},
    });

    const error = await chargeOrder(provider.url, request, 1_000).catch(
      (caught: Error) => caught,
    );

    expect(String(error)).not.toContain(request.paymentToken);
  });
});
