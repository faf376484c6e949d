import { createSocket, type Socket } from 'node:dgram';
import { once } from 'node:events';
import type { SegmentStore } from '../store/segment-store.js';
import { createSettler } from './settler.js';
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
  /**
   * Receive buffer asked of the kernel, in bytes; the kernel caps it at
   * `net.core.rmem_max`. Bursts beyond it are lost, as with the real
   * daemon. Default 4 MiB.
   */
  receiveBufferBytes?: number;
}

/** A running X-Ray daemon. */
export interface XRayDaemon {
  readonly host: string;
  readonly port: number;
  /** `host:port`, the value of `AWS_XRAY_DAEMON_ADDRESS`. */
  readonly address: string;
  /**
   * Resolves once every datagram that left its socket (its `send`
   * callback ran) before the call has been read and stored. A sender's
   * datagrams still queued in Node are not covered: wait for them first
   * (`flush()` of the UDP sink).
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
  enlargeReceiveBuffer(socket, options.receiveBufferBytes ?? 4 * 1024 * 1024);
  const probePort = probe.address().port;
  const settler = createSettler(probe, host);

  socket.on('message', (message, sender) => {
    if (sender.port === probePort && sender.address === host) {
      settler.received(Number(message.toString('utf8')));
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
  settler.target(boundPort);
  let closed = false;

  return {
    host,
    port: boundPort,
    address: `${host}:${boundPort}`,
    // Once closed there is nothing left to wait for; a late caller (an
    // invocation ending while the cloud stops) must not probe a closed socket.
    settled: () => (closed ? Promise.resolve() : settler.settle()),
    close: async () => {
      closed = true;
      settler.releaseAll();
      await Promise.all([closeSocket(socket), closeSocket(probe)]);
    },
  };
}

function enlargeReceiveBuffer(socket: Socket, bytes: number): void {
  try {
    socket.setRecvBufferSize(bytes);
  } catch {
    // The kernel refused the size; the default buffer still works.
  }
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
