import { createSocket, type Socket } from 'node:dgram';
import { warnOnce } from '../../warnings.js';
import type { DaemonAddress } from './daemon-address.js';

/** The line the X-Ray daemon expects before each document. */
const DAEMON_HEADER = '{"format": "json", "version": 1}\n';

/** Sends segment documents to the X-Ray daemon. */
export interface SegmentEmitter {
  /** Sends each document as its own datagram. */
  send(documents: readonly string[]): void;
  /** Closes the socket; a later send opens a new one. */
  close(): void;
}

/**
 * Creates an emitter that sends each document as one UDP datagram on a
 * single socket, opened on the first send and reused for the life of the
 * execution environment. The socket never holds the process open, and a
 * failed send (no daemon) costs one warning, never an exception.
 *
 * @example
 * const emitter = createUdpEmitter({ host: '127.0.0.1', port: 2000 });
 * emitter.send([JSON.stringify(subsegment)]);
 */
export function createUdpEmitter(address: DaemonAddress): SegmentEmitter {
  let socket: Socket | undefined;

  const reportFailure = (error: Error | null) => {
    if (error === null) return;
    warnOnce(
      'daemon-unreachable',
      `cannot send segments to the X-Ray daemon at ${address.host}:${address.port} (${error.message}); check AWS_XRAY_DAEMON_ADDRESS.`,
    );
  };
  const open = (): Socket => {
    const opened = createSocket(address.host.includes(':') ? 'udp6' : 'udp4');
    opened.on('error', reportFailure);
    opened.unref();

    return opened;
  };

  return {
    send(documents) {
      socket ??= open();
      for (const document of documents) {
        const datagram = Buffer.from(DAEMON_HEADER + document);
        socket.send(datagram, address.port, address.host, reportFailure);
      }
    },
    close() {
      socket?.close();
      socket = undefined;
    },
  };
}
