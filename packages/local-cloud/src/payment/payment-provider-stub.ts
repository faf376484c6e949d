import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { readBody } from '../edge/read-body.js';
import type { Faults } from '../faults.js';
import { listenOnLoopback } from '../loopback-server.js';
import type { LocalCloudStats } from '../stats.js';
import { ChargeLedger } from './charge-ledger.js';
import { parseChargeRequest } from './charge-request.js';

/** Options of {@link startPaymentProvider}. */
export interface PaymentProviderOptions {
  faults: Faults;
  stats: LocalCloudStats;
  /** Draws the 5xx share; seed it for runs that repeat. */
  random: () => number;
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port?: number;
}

/** A running payment provider stub. */
export interface PaymentProvider {
  /** For example `http://127.0.0.1:43121`; charges go to `${url}/charges`. */
  url: string;
  ledger: ChargeLedger;
  stop(): Promise<void>;
}

/**
 * Starts the payment provider stub on loopback. `POST /charges` with a
 * JSON `{ orderId, amount, currency, paymentToken }` and an
 * `Idempotency-Key` header answers `{ paymentId, status: 'succeeded' }`
 * (200), the same payment for the same key, or `status: 'declined'` with
 * 402 for tokens starting with `tok_decline`. The knobs of
 * `faults.paymentProvider` add latency, answer a share of requests with
 * 503 before charging, or hang every request until the stub stops.
 *
 * @example
 * const provider = await startPaymentProvider({ faults, stats, random: seededRandom(1) });
 * await fetch(`${provider.url}/charges`, { method: 'POST', headers: { 'idempotency-key': 'order-1' }, body });
 */
export async function startPaymentProvider(
  options: PaymentProviderOptions,
): Promise<PaymentProvider> {
  const ledger = new ChargeLedger();
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((request, response) => {
    serve(request, response, options, ledger, timers).catch(() =>
      response.destroy(),
    );
  });
  const listener = await listenOnLoopback(server, options.port ?? 0, timers);

  return { ...listener, ledger };
}

async function serve(
  request: IncomingMessage,
  response: ServerResponse,
  options: PaymentProviderOptions,
  ledger: ChargeLedger,
  timers: Set<NodeJS.Timeout>,
): Promise<void> {
  const reading = await readBody(request, 1024 * 1024);
  options.stats.paymentProvider.requests += 1;
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  if (path !== '/charges') {
    return answer(
      response,
      404,
      apiError(
        'invalid_request_error',
        `No route ${path}; charges go to POST /charges.`,
      ),
    );
  }
  if (request.method !== 'POST') {
    return answer(
      response,
      405,
      apiError(
        'invalid_request_error',
        `Use POST on /charges, not ${request.method}.`,
      ),
    );
  }
  const faults = options.faults.paymentProvider;
  if (faults.hang) {
    options.stats.paymentProvider.hung += 1;
    return;
  }
  if (faults.latencyMs > 0) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, faults.latencyMs);
      timers.add(timer);
    });
  }
  if (options.random() < faults.failureRate) {
    options.stats.paymentProvider.injectedFailures += 1;
    return answer(
      response,
      503,
      apiError(
        'api_error',
        'The payment provider is temporarily unavailable; retry later.',
      ),
    );
  }

  const parsed =
    reading.kind === 'complete'
      ? parseChargeRequest(reading.body.toString('utf8'))
      : { kind: 'invalid' as const, reason: 'The body is over 1 MiB.' };
  if (parsed.kind === 'invalid') {
    return answer(
      response,
      400,
      apiError('invalid_request_error', parsed.reason),
    );
  }
  const key = request.headers['idempotency-key'];
  const { charge, replayed } = ledger.charge(
    parsed.request,
    typeof key === 'string' ? key : undefined,
  );
  if (!replayed) {
    options.stats.paymentProvider[
      charge.status === 'declined' ? 'declined' : 'charges'
    ] += 1;
  }
  const body =
    charge.status === 'declined'
      ? { ...charge, declineCode: 'card_declined' }
      : charge;

  answer(response, charge.status === 'declined' ? 402 : 200, body, replayed);
}

function apiError(type: string, message: string): unknown {
  return { error: { type, message } };
}

function answer(
  response: ServerResponse,
  status: number,
  body: unknown,
  replayed = false,
): void {
  if (response.destroyed) {
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
  });
  response.end(text);
}
