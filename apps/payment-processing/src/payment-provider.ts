import { z } from 'zod';
import {
  PaymentDeclinedError,
  PaymentProviderUnavailableError,
} from './errors.js';

/**
 * What the provider is asked to charge.
 *
 * @example
 * { orderId: 'ord-1', amount: 20.29, currency: 'EUR', paymentToken: 'tok_1a' }
 */
export interface ChargeRequest {
  orderId: string;
  amount: number;
  currency: string;
  paymentToken: string;
}

const ChargeResponseSchema = z.object({
  paymentId: z.string().min(1).max(256),
  status: z.enum(['succeeded', 'declined']),
});

/** HTTP statuses that say "try again later" rather than "no". */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 425, 429]);

/**
 * Charges an order through the provider's HTTP API:
 * `POST {providerUrl}/charges` with JSON `{ orderId, amount, currency,
 * paymentToken }` and `Idempotency-Key: <orderId>`, answered by
 * `{ paymentId, status: 'succeeded' | 'declined' }`. Uses the global
 * `fetch` (so that tracing captures it) and gives up after `timeoutMs`.
 *
 * @throws {PaymentProviderUnavailableError} on 5xx, 408, 425, 429, a
 * timeout, a network error or an unreadable answer (retryable)
 * @throws {PaymentDeclinedError} on a decline or another 4xx
 * @example
 * const { paymentId } = await chargeOrder(url, request, 2_000);
 */
export async function chargeOrder(
  providerUrl: string,
  request: ChargeRequest,
  timeoutMs: number,
): Promise<{ paymentId: string }> {
  const { orderId } = request;
  const response = await fetch(chargesUrl(providerUrl), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': orderId,
    },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(timeoutMs),
  }).catch((error: unknown) => {
    throw new PaymentProviderUnavailableError(
      orderId,
      describeFailure(error, timeoutMs),
      { cause: error },
    );
  });

  if (!response.ok) {
    await response.body?.cancel();
    const reason = `HTTP ${response.status}`;
    if (response.status >= 500 || RETRYABLE_STATUSES.has(response.status)) {
      throw new PaymentProviderUnavailableError(orderId, reason);
    }
    if (response.status >= 400) throw new PaymentDeclinedError(orderId, reason);
    throw new PaymentProviderUnavailableError(orderId, reason);
  }

  const charge = await readCharge(orderId, response, timeoutMs);
  if (charge.status === 'declined') {
    throw new PaymentDeclinedError(orderId, 'declined by the provider');
  }

  return { paymentId: charge.paymentId };
}

async function readCharge(
  orderId: string,
  response: Response,
  timeoutMs: number,
): Promise<z.infer<typeof ChargeResponseSchema>> {
  const body: unknown = await response.json().catch((error: unknown) => {
    throw new PaymentProviderUnavailableError(
      orderId,
      describeFailure(error, timeoutMs, 'an answer that is not JSON'),
      { cause: error },
    );
  });
  const charge = ChargeResponseSchema.safeParse(body);
  if (!charge.success) {
    throw new PaymentProviderUnavailableError(
      orderId,
      'an answer without paymentId and status',
      { cause: charge.error },
    );
  }

  return charge.data;
}

function chargesUrl(providerUrl: string): URL {
  const base = providerUrl.endsWith('/') ? providerUrl : `${providerUrl}/`;

  return new URL('charges', base);
}

function describeFailure(
  error: unknown,
  timeoutMs: number,
  otherwise = 'a network error',
): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return `no answer within ${timeoutMs} ms`;
  }

  return otherwise;
}
