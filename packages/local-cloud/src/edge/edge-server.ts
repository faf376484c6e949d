import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { Faults } from '../faults.js';
import { listenOnLoopback } from '../loopback-server.js';
import { increment, type LocalCloudStats } from '../stats.js';
import { dispatch } from './dispatch.js';
import { readBody } from './read-body.js';
import type { EdgeRequest, EdgeResponse, EmulatedService } from './service.js';

/** The largest request body the edge reads by default: 8 MiB. */
export const DEFAULT_BODY_LIMIT_BYTES = 8 * 1024 * 1024;

/** Options of {@link startEdge}. */
export interface EdgeOptions {
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port: number;
  services: EmulatedService[];
  stats: LocalCloudStats;
  faults: Faults;
  /** Larger bodies are answered with 413. Default 8 MiB. */
  bodyLimitBytes?: number;
}

/** A running edge. */
export interface Edge {
  /** For example `http://127.0.0.1:4566`. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts the HTTP edge on loopback: reads each request, routes it to the
 * first emulated service that claims it, delays the answer by the
 * service's latency fault, and never lets a bad request end the process.
 *
 * @example
 * const edge = await startEdge({ port: 0, services, stats, faults });
 * await edge.stop();
 */
export async function startEdge(options: EdgeOptions): Promise<Edge> {
  const limit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const delays = new Set<NodeJS.Timeout>();
  const server = createServer((request, response) => {
    serve(request, response, options, limit, delays).catch(() => {
      response.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    options.stats.edge.badHttp += 1;
    if (socket.writable) {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    }
  });
  return listenOnLoopback(server, options.port, delays);
}

async function serve(
  request: IncomingMessage,
  response: ServerResponse,
  options: EdgeOptions,
  limit: number,
  delays: Set<NodeJS.Timeout>,
): Promise<void> {
  const reading = await readBody(request, limit);
  options.stats.edge.requests += 1;
  if (reading.kind === 'oversized') {
    options.stats.edge.oversized += 1;
    increment(options.stats.edge.errors, 'RequestEntityTooLarge');
    write(response, tooLarge(reading.bytes, limit));
    return;
  }

  const edgeRequest = toEdgeRequest(request, reading.body);
  const { service, response: answer } = await dispatch(
    edgeRequest,
    options.services,
    options.stats,
  );
  const latency = service ? options.faults.serviceLatency(service) : 0;
  if (latency > 0) {
    await new Promise<void>((resolve) => {
      const delay = setTimeout(() => {
        delays.delete(delay);
        resolve();
      }, latency);
      delays.add(delay);
    });
  }

  write(response, answer);
}

function toEdgeRequest(request: IncomingMessage, body: Buffer): EdgeRequest {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) {
      headers[name] = Array.isArray(value) ? value.join(',') : value;
    }
  }

  return {
    method: request.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers,
    body,
  };
}

function tooLarge(bytes: number, limit: number): EdgeResponse {
  return {
    status: 413,
    headers: { 'content-type': 'application/json', connection: 'close' },
    body: JSON.stringify({
      __type: 'RequestEntityTooLarge',
      message: `Request of ${bytes} bytes is over the limit of ${limit} bytes.`,
    }),
  };
}

function write(response: ServerResponse, answer: EdgeResponse): void {
  if (response.destroyed || response.headersSent) {
    return;
  }
  const body =
    typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
  response.writeHead(answer.status, {
    ...answer.headers,
    'content-length': String(body.length),
  });
  response.end(body);
}
