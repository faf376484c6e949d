import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An HTTP server listening on 127.0.0.1. */
export interface LoopbackListener {
  url: string;
  port: number;
  /** Clears the pending timers, then closes the server and its connections. */
  stop(): Promise<void>;
}

/**
 * Starts `server` on 127.0.0.1 (port 0 picks a free one) and gives the
 * stop that the local cloud's HTTP servers share: pending delay timers
 * are cleared first, so no answer fires after the server is gone.
 *
 * @example
 * const { url, stop } = await listenOnLoopback(createServer(handle), 0, timers);
 */
export async function listenOnLoopback(
  server: Server,
  port: number,
  timers: Set<NodeJS.Timeout>,
): Promise<LoopbackListener> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    stop: async () => {
      for (const timer of timers) {
        clearTimeout(timer);
      }
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
