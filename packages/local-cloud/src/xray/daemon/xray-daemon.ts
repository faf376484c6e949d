import { createSocket, type Socket } from 'node:dgram';
import { once } from 'node:events';
import type { SegmentStore } from '../store/segment-store.js';
import { decodeDatagram } from './wire-format.js';

/** Options of {@link createXRayDaemon}. */
export interface XRayDaemonOptions {
  store: SegmentStore;
  /** Default 127.0.0.1. */
  host?: string;
  /**
   * Default `LOCAL_CLOUD_XRAY_PORT`, else 2000. Use 0 for a free port.
   */
  port?: number;
}

/** A running X-Ray daemon. */
export interface XRayDaemon {
  readonly host: string;
  readonly port: number;
  /** `host:port`, the value of `AWS_XRAY_DAEMON_ADDRESS`. */
  readonly address: string;
  /**
   * Resolves once every datagram sent to the daemon over loopback before
   * the call has been read and stored.
   */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts a UDP socket that speaks the X-Ray daemon's wire format and
 * stores each segment document it receives. Malformed datagrams are
 * dropped and counted in the store's stats by reason.
 *
 * @example
 * const store = createSegmentStore();
 * const daemon = await createXRayDaemon({ store, port: 0 });
 * process.env.AWS_XRAY_DAEMON_ADDRESS = daemon.address;
 * await daemon.settled();
 * await daemon.close();
 */
export async function createXRayDaemon(
  options: XRayDaemonOptions,
): Promise<XRayDaemon> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? defaultPort();
  const socket = createSocket('udp4');
  const probe = createSocket('udp4');
  socket.bind(port, host);
  probe.bind(0, host);
  await Promise.all([once(socket, 'listening'), once(probe, 'listening')]);
  const probePort = probe.address().port;
  const waiting: Array<() => void> = [];

  socket.on('message', (message, sender) => {
    if (sender.port === probePort && sender.address === host) {
      waiting.shift()?.();
      return;
    }
    const check = decodeDatagram(message);
    if (check.kind === 'dropped') {
      options.store.countDropped(check.reason);
      return;
    }
    options.store.put(check.document);
  });
  socket.on('error', () => undefined);

  const boundPort = socket.address().port;

  return {
    host,
    port: boundPort,
    address: `${host}:${boundPort}`,
    settled: () => settle(probe, waiting, host, boundPort),
    close: async () => {
      await Promise.all([closeSocket(socket), closeSocket(probe)]);
      for (const release of waiting.splice(0)) release();
    },
  };
}

function settle(
  probe: Socket,
  waiting: Array<() => void>,
  host: string,
  port: number,
): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    probe.send(Buffer.alloc(0), port, host);
  });
}

function closeSocket(socket: Socket): Promise<void> {
  return new Promise((resolve) => socket.close(() => resolve()));
}

function defaultPort(): number {
  const raw = process.env.LOCAL_CLOUD_XRAY_PORT;
  if (raw === undefined || raw.trim() === '') return 2000;
  const configured = Number(raw);

  return Number.isInteger(configured) && configured >= 0 ? configured : 2000;
}
