import { createSocket, type Socket } from 'node:dgram';
import { warnOnce } from '../../warnings.js';
import type { DaemonAddress } from './daemon-address.js';

/** The line the X-Ray daemon expects before each document. */
const DAEMON_HEADER = '{"format": "json", "version": 1}\n';

/**
 * Sends segment documents to the X-Ray daemon.
 *
 * @example
 * createXRayBackend({ emitter: { send: (documents) => sent.push(...documents), close() {} } });
 */
export interface SegmentEmitter {
  /** Sends each document as its own datagram. */
  send(documents: readonly string[]): void;
  /** Closes the socket; a later send opens a new one. */
  close(): void;
}

type SocketState =
  | { kind: 'closed' }
  | { kind: 'connecting'; socket: Socket; waiting: Buffer[] }
  | { kind: 'connected'; socket: Socket }
  | { kind: 'unconnected'; socket: Socket };

/**
 * Creates an emitter that sends each document as one UDP datagram on a
 * single socket, connected to the daemon once and reused for the life of
 * the execution environment (a connected socket skips the address lookup
 * and routing of every send, and its sends leave at once). Documents sent
 * while it connects wait for the connection. The socket never holds the
 * process open, and a failed send (no daemon) costs one warning, never an
 * exception.
 *
 * @example
 * const emitter = createUdpEmitter({ host: '127.0.0.1', port: 2000 });
 * emitter.send([JSON.stringify(subsegment)]);
 */
export function createUdpEmitter(address: DaemonAddress): SegmentEmitter {
  let state: SocketState = { kind: 'closed' };

  const reportFailure = (error: Error | null) => {
    if (error === null) return;
    warnOnce(
      'daemon-unreachable',
      `cannot send segments to the X-Ray daemon at ${address.host}:${address.port} (${error.message}); check AWS_XRAY_DAEMON_ADDRESS.`,
    );
  };
  const transmit = (datagram: Buffer) => {
    // Without a callback a send that the kernel takes at once completes
    // synchronously; failures then arrive as the socket's 'error' event.
    if (state.kind === 'connected') state.socket.send(datagram);
    else if (state.kind === 'unconnected') {
      state.socket.send(datagram, address.port, address.host, reportFailure);
    } else if (state.kind === 'connecting') state.waiting.push(datagram);
  };
  const open = () => {
    const socket = createSocket(address.host.includes(':') ? 'udp6' : 'udp4');
    socket.on('error', reportFailure);
    socket.unref();
    const connecting = { kind: 'connecting' as const, socket, waiting: [] };
    state = connecting;
    socket.connect(address.port, address.host, () => {
      if (state !== connecting) return;
      state = { kind: 'connected', socket };
      for (const datagram of connecting.waiting) transmit(datagram);
    });
    socket.once('error', () => {
      if (state !== connecting) return;
      state = { kind: 'unconnected', socket };
      for (const datagram of connecting.waiting) transmit(datagram);
    });
  };

  return {
    send(documents) {
      if (state.kind === 'closed') open();
      for (const document of documents) {
        transmit(Buffer.from(DAEMON_HEADER + document));
      }
    },
    close() {
      if (state.kind !== 'closed') state.socket.close();
      state = { kind: 'closed' };
    },
  };
}
