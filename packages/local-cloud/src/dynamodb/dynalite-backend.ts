import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

/** A request to forward to dynalite and what it answered. */
export interface BackendExchange {
  target: string;
  body: string;
  /** Headers to pass on, such as `authorization` and `x-amz-date`. */
  headers?: Record<string, string>;
}

/** The status, headers and body dynalite answered with. */
export interface BackendAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** An in-memory dynalite listening on loopback. */
export interface DynaliteBackend {
  send(exchange: BackendExchange): Promise<BackendAnswer>;
  stop(): Promise<void>;
}

/**
 * Starts dynalite in memory on a free loopback port, with tables that are
 * ACTIVE at once, and returns a client that forwards AWS JSON requests to
 * it over a keep-alive connection pool.
 *
 * @example
 * const backend = await startDynalite();
 * await backend.send({ target: 'DynamoDB_20120810.ListTables', body: '{}' });
 * await backend.stop();
 */
export async function startDynalite(): Promise<DynaliteBackend> {
  const server = dynalite({
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const inFlight = new Set<Promise<BackendAnswer>>();
  let stopping = false;

  return {
    send: (exchange) => {
      if (stopping) {
        return Promise.reject(new Error('The DynamoDB backend has stopped.'));
      }
      const answer = forward(port, agent, exchange);
      inFlight.add(answer);
      const settled = () => inFlight.delete(answer);
      answer.then(settled, settled);

      return answer;
    },
    stop: async () => {
      // dynalite throws, uncaught, when its database closes under a
      // request it is still working on: let those finish first.
      stopping = true;
      await drain(inFlight);
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The longest wait for requests in flight when the backend stops. */
const DRAIN_MS = 5_000;

async function drain(inFlight: ReadonlySet<Promise<unknown>>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, DRAIN_MS);
  });
  await Promise.race([Promise.allSettled([...inFlight]), deadline]);
  clearTimeout(timer);
}

const LOCAL_AUTHORIZATION =
  'AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0';

function forward(
  port: number,
  agent: Agent,
  exchange: BackendExchange,
): Promise<BackendAnswer> {
  const headers = {
    authorization: LOCAL_AUTHORIZATION,
    'x-amz-date': '20260101T000000Z',
    ...exchange.headers,
    'content-type': 'application/x-amz-json-1.0',
    'x-amz-target': exchange.target,
    'content-length': String(Buffer.byteLength(exchange.body)),
  };

  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: '127.0.0.1', port, method: 'POST', path: '/', headers, agent },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 500,
            headers: flatHeaders(incoming.headers),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(exchange.body);
  });
}

function flatHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) {
      flat[name] = Array.isArray(value) ? value.join(',') : value;
    }
  }

  return flat;
}
