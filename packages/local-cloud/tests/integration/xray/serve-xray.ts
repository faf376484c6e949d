import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createXRayService,
  type SegmentStore,
} from '../../../src/xray/index.js';

/** A loopback HTTP server that mounts the X-Ray service, as the edge does. */
export interface XRayTestServer {
  endpoint: string;
  close(): Promise<void>;
}

export async function serveXRay(
  store: SegmentStore,
  pageSize?: number,
): Promise<XRayTestServer> {
  const service = createXRayService({
    store,
    ...(pageSize ? { pageSize } : {}),
  });
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const edgeRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [
          name,
          String(value),
        ]),
      ),
      body: Buffer.concat(chunks),
    };
    if (!service.matches(edgeRequest)) {
      response.writeHead(404).end();
      return;
    }
    const answer = await service.handle(edgeRequest);
    response.writeHead(answer.status, answer.headers).end(answer.body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
