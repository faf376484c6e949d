import http, { type ClientRequest, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import type { Redactor } from '../../../redaction/redactor.js';
import { xrayScopes } from '../xray-scope.js';
import { type HttpCall, startHttpCall } from './http-call.js';

const TRACED = Symbol.for('@org/tracing.node-http');

type RequestFunction = typeof http.request & { [TRACED]?: true };
type HttpModule = { request: RequestFunction; get: typeof http.get };

function requestUrl(request: ClientRequest, scheme: string): URL | undefined {
  try {
    const host = request.getHeader('host') ?? request.host;

    return new URL(`${scheme}//${String(host)}${request.path}`);
  } catch {
    return undefined;
  }
}

function observe(request: ClientRequest, call: HttpCall): void {
  try {
    request.setHeader('X-Amzn-Trace-Id', call.traceHeader);
  } catch {
    // Headers given as a raw array are sent at once; the call is still
    // recorded, only without the header.
  }
  request.prependOnceListener('response', (response: IncomingMessage) => {
    const length = response.headers['content-length'];
    const finish = () =>
      call.finish(
        response.statusCode ?? 0,
        length ? Number(length) : undefined,
      );
    response.once('end', finish);
    response.once('close', finish);
    // Without a listener of the caller's own, Node would have drained the
    // response; ours must not leave it hanging.
    if (request.listenerCount('response') === 0) response.resume();
  });
  request.once('error', (error) => call.fail(error));
}

function tracedRequest(
  module: HttpModule,
  original: RequestFunction,
  scheme: string,
  redactor: Redactor,
): RequestFunction {
  const traced = ((...args: Parameters<typeof http.request>) => {
    const current = xrayScopes.getStore();
    if (current?.subsegment === undefined) return original(...args);

    const request = original(...args);
    const url = requestUrl(request, scheme);
    const call = url && startHttpCall(request.method, url, redactor);
    if (call !== undefined) observe(request, call);

    return request;
  }) as RequestFunction;
  traced[TRACED] = true;

  return traced;
}

function patch(module: HttpModule, scheme: string, redactor: Redactor) {
  const original = module.request;
  if (original[TRACED]) return;

  const request = tracedRequest(module, original, scheme, redactor);
  module.request = request;
  module.get = ((...args: Parameters<typeof http.get>) => {
    const outgoing = request(...args);
    outgoing.end();

    return outgoing;
  }) as typeof http.get;
}

/**
 * Wraps `http.request`, `http.get`, `https.request` and `https.get` so
 * that each call made inside a sampled invocation is a `remote`
 * subsegment (method, URL, status) and carries `X-Amzn-Trace-Id`. Calls
 * made by a captured AWS SDK client are left to its own subsegment.
 * Installing twice is harmless.
 *
 * @example
 * captureNodeHttp(redactor);
 */
export function captureNodeHttp(redactor: Redactor): void {
  patch(http as unknown as HttpModule, 'http:', redactor);
  patch(https as unknown as HttpModule, 'https:', redactor);
  syncBuiltinESMExports();
}
