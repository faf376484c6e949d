import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the scripted provider does with one request. */
export type ProviderReply =
  | { kind: 'answer'; status: number; body: unknown }
  | { kind: 'hang' }
  | { kind: 'drop' };

/** One request the scripted provider received. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/**
 * An HTTP server on loopback that answers each charge as the test scripts
 * it, and records what it received. Hanging requests are ended on close.
 */
export async function startScriptedProvider(
  reply: (request: ReceivedRequest) => ProviderReply,
) {
  const requests: ReceivedRequest[] = [];
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const request: ReceivedRequest = {
        method: incoming.method ?? '',
        path: incoming.url ?? '',
        headers: incoming.headers,
        body: text ? JSON.parse(text) : undefined,
      };
      requests.push(request);
      const action = reply(request);
      if (action.kind === 'hang') return;
      if (action.kind === 'drop') return incoming.socket.destroy();
      outgoing.writeHead(action.status, { 'content-type': 'application/json' });
      outgoing.end(
        typeof action.body === 'string'
          ? action.body
          : JSON.stringify(action.body),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
