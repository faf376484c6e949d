import type { ChargeRequest } from './charge-ledger.js';

/**
 * Reads a charge request from a JSON body: the parsed request, or the
 * reason it is refused.
 *
 * @example
 * const parsed = parseChargeRequest('{"orderId":"o-1","amount":1999,"currency":"EUR","paymentToken":"tok_visa"}');
 */
export function parseChargeRequest(
  text: string,
):
  | { kind: 'valid'; request: ChargeRequest }
  | { kind: 'invalid'; reason: string } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: 'invalid', reason: 'The body is not valid JSON.' };
  }
  const { orderId, amount, currency, paymentToken } = (body ?? {}) as Record<
    string,
    unknown
  >;
  if (typeof orderId !== 'string' || orderId === '') {
    return {
      kind: 'invalid',
      reason: `orderId must be a non-empty string, got ${JSON.stringify(orderId)}.`,
    };
  }
  if (typeof amount !== 'number' || !(amount > 0)) {
    return {
      kind: 'invalid',
      reason: `amount must be a positive number, got ${JSON.stringify(amount)}.`,
    };
  }
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
    return {
      kind: 'invalid',
      reason: `currency must be an ISO 4217 code such as "EUR", got ${JSON.stringify(currency)}.`,
    };
  }
  if (typeof paymentToken !== 'string' || paymentToken === '') {
    return {
      kind: 'invalid',
      reason: `paymentToken must be a non-empty string, got ${JSON.stringify(paymentToken)}.`,
    };
  }

  return {
    kind: 'valid',
    request: { orderId, amount, currency, paymentToken },
  };
}
