import { createSocket } from 'node:dgram';

/** A segment document as the X-Ray daemon would receive it. */
export type ReceivedDocument = Record<string, unknown> & {
  id: string;
  name: string;
  subsegments?: ReceivedDocument[];
};

/** A real UDP listener on loopback that speaks the daemon's wire format. */
export interface DaemonListener {
  /** `127.0.0.1:PORT`, for `AWS_XRAY_DAEMON_ADDRESS`. */
  address: string;
  /** Raw datagrams, in arrival order. */
  datagrams: Buffer[];
  /** Parsed documents (header line checked and removed). */
  documents(): ReceivedDocument[];
  /** Resolves once `count` datagrams arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  /** Forgets what was received. */
  clear(): void;
  close(): Promise<void>;
}

/**
 * Starts a UDP listener on 127.0.0.1 with a free port.
 *
 * @example
 * const daemon = await startDaemonListener();
 * process.env.AWS_XRAY_DAEMON_ADDRESS = daemon.address;
 */
export async function startDaemonListener(): Promise<DaemonListener> {
  const socket = createSocket('udp4');
  const datagrams: Buffer[] = [];
  socket.on('message', (message) => datagrams.push(message));
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));

  return {
    address: `127.0.0.1:${socket.address().port}`,
    datagrams,
    documents: () =>
      datagrams.map((datagram) => {
        const text = datagram.toString('utf8');
        const newline = text.indexOf('\n');
        const header = JSON.parse(text.slice(0, newline));
        if (header.format !== 'json' || header.version !== 1) {
          throw new Error(`datagram without daemon header: ${text}`);
        }
        return JSON.parse(text.slice(newline + 1)) as ReceivedDocument;
      }),
    async waitFor(count, timeoutMs = 2000) {
      const deadline = Date.now() + timeoutMs;
      while (datagrams.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`received ${datagrams.length} of ${count} datagrams`);
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    clear: () => {
      datagrams.length = 0;
    },
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
