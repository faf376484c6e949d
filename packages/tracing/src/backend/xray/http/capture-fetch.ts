import type { Redactor } from '../../../redaction/redactor.js';
import { xrayScopes } from '../xray-scope.js';
import { startHttpCall } from './http-call.js';

const TRACED = Symbol.for('@org/tracing.fetch');

type Fetch = typeof globalThis.fetch & { [TRACED]?: true };

function requestUrl(input: Parameters<Fetch>[0]): URL | undefined {
  try {
    if (input instanceof URL) return input;
    if (typeof input === 'string') return new URL(input);

    return new URL(input.url);
  } catch {
    return undefined;
  }
}

function requestMethod(
  input: Parameters<Fetch>[0],
  init: RequestInit | undefined,
): string {
  if (init?.method !== undefined) return init.method;
  if (typeof input === 'object' && 'method' in input) return input.method;

  return 'GET';
}

function withHeader(
  input: Parameters<Fetch>[0],
  init: RequestInit | undefined,
  traceHeader: string,
): RequestInit {
  const base =
    init?.headers ?? (input instanceof Request ? input.headers : undefined);
  const headers = new Headers(base);
  headers.set('X-Amzn-Trace-Id', traceHeader);

  return { ...init, headers };
}

/**
 * Replaces global `fetch` with one that records each call made inside a
 * sampled invocation as a `remote` subsegment and sends the
 * `X-Amzn-Trace-Id` header. Calls outside an invocation go straight to
 * the original. Installing twice is harmless.
 *
 * @example
 * captureFetch(redactor);
 */
export function captureFetch(redactor: Redactor): void {
  const original = globalThis.fetch as Fetch | undefined;
  if (original === undefined || original[TRACED]) return;

  const traced: Fetch = async (input, init) => {
    const url = requestUrl(input);
    const call =
      url === undefined
        ? undefined
        : startHttpCall(requestMethod(input, init), url, redactor);
    if (call === undefined) return original(input, init);

    try {
      const response = await xrayScopes.run(call.scope, () =>
        original(input, withHeader(input, init, call.traceHeader)),
      );
      const length = response.headers.get('content-length');
      call.finish(response.status, length ? Number(length) : undefined);
      return response;
    } catch (error) {
      call.fail(error);
      throw error;
    }
  };
  traced[TRACED] = true;
  globalThis.fetch = traced;
}
