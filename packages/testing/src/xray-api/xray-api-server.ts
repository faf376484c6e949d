import { readFileSync } from 'node:fs';
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

interface StoredTrace {
  Id: string;
  Duration?: number;
  Segments: { Id: string; Document: string }[];
}

/**
 * A running loopback server that answers the X-Ray query API, with every
 * request it received (path and JSON body) in arrival order.
 *
 * @example
 * const server: XRayApiServer = await startXRayApiServer('traces.json');
 * new XRayClient({ endpoint: server.endpoint });
 */
export interface XRayApiServer {
  endpoint: string;
  requests: { path: string; body: Record<string, unknown> }[];
  close(): Promise<void>;
}

/**
 * Options of {@link startXRayApiServer}.
 *
 * @example
 * const options: XRayApiServerOptions = { throttleFirst: 2 };
 */
export interface XRayApiServerOptions {
  /** How many first calls answer 429 ThrottledException (default 0). */
  throttleFirst?: number;
}

const SUMMARIES_PER_PAGE = 5;

/**
 * Serves the traces of BatchGetTraces-shaped fixtures over the X-Ray
 * REST-JSON API: POST /TraceSummaries (paged, filtered by the trace's
 * start time) and POST /Traces (at most 5 ids). The first
 * `throttleFirst` calls answer 429 ThrottledException (default none).
 * A fixture holds one BatchGetTraces response or an array of them.
 * Listens on 127.0.0.1 on a free port; `close` stops it.
 *
 * @example
 * const server = await startXRayApiServer(['outage.json', 'calm.json'], {
 *   throttleFirst: 2,
 * });
 * try {
 *   // point an XRayClient at server.endpoint
 * } finally {
 *   await server.close();
 * }
 */
export async function startXRayApiServer(
  fixturePaths: string | string[],
  options: XRayApiServerOptions = {},
): Promise<XRayApiServer> {
  const traces = [fixturePaths].flat().flatMap(loadTraces);
  const requests: XRayApiServer['requests'] = [];
  let throttlesLeft = options.throttleFirst ?? 0;
  const server = createServer(async (request, response) => {
    const body = JSON.parse((await readBody(request)) || '{}');
    requests.push({ path: request.url ?? '', body });
    if (throttlesLeft > 0) {
      throttlesLeft -= 1;
      return answerError(response, 429, 'ThrottledException');
    }
    if (request.url === '/TraceSummaries') {
      return answer(response, summaries(traces, body));
    }
    if (request.url === '/Traces') return answerTraces(response, traces, body);
    answerError(response, 404, 'UnknownOperationException');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function loadTraces(fixturePath: string): StoredTrace[] {
  const parsed = JSON.parse(readFileSync(fixturePath, 'utf8'));
  const pages: { Traces: StoredTrace[] }[] = Array.isArray(parsed)
    ? parsed
    : [parsed];

  return pages.flatMap((page) => page.Traces);
}

function startTime(trace: StoredTrace): number {
  const starts = trace.Segments.map(
    (segment) => JSON.parse(segment.Document).start_time as number,
  );

  return Math.min(...starts);
}

function summaries(traces: StoredTrace[], body: Record<string, unknown>) {
  const start = Number(body.StartTime);
  const end = Number(body.EndTime);
  const inWindow = traces.filter((trace) => {
    const time = startTime(trace);
    return time >= start && time <= end;
  });
  const offset = Number(body.NextToken ?? 0);
  const page = inWindow.slice(offset, offset + SUMMARIES_PER_PAGE);
  const next = offset + SUMMARIES_PER_PAGE;

  return {
    TraceSummaries: page.map((trace) => ({
      Id: trace.Id,
      Duration: trace.Duration,
    })),
    ApproximateTime: end,
    TracesProcessedCount: inWindow.length,
    NextToken: next < inWindow.length ? String(next) : undefined,
  };
}

function answerTraces(
  response: ServerResponse,
  traces: StoredTrace[],
  body: Record<string, unknown>,
): void {
  const ids = (body.TraceIds ?? []) as string[];
  if (ids.length > 5) {
    return answerError(response, 400, 'InvalidRequestException');
  }
  const found = traces.filter((trace) => ids.includes(trace.Id));
  const foundIds = new Set(found.map((trace) => trace.Id));
  answer(response, {
    Traces: found,
    UnprocessedTraceIds: ids.filter((id) => !foundIds.has(id)),
  });
}

function answer(response: ServerResponse, body: unknown): void {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function answerError(
  response: ServerResponse,
  status: number,
  type: string,
): void {
  response.writeHead(status, {
    'content-type': 'application/json',
    'x-amzn-errortype': type,
  });
  response.end(JSON.stringify({ Message: `${type} from the test server` }));
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += chunk;

  return body;
}
