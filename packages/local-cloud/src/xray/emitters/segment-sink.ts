import { createSocket, type Socket } from 'node:dgram';
import { encodeDatagram } from '../daemon/wire-format.js';
import type { SegmentDocument } from '../segment-document.js';
import type { SegmentStore } from '../store/segment-store.js';

/** Where emitters send the segment documents they build. */
export interface SegmentSink {
  send(document: SegmentDocument): void;
}

/** A sink that owns a socket and must be closed. */
export interface ClosableSegmentSink extends SegmentSink {
  /**
   * Resolves once every datagram sent so far has left the socket; then a
   * daemon's `settled()` covers them.
   */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A sink that puts documents straight into a store (no socket).
 *
 * @example
 * const sink = storeSink(store);
 */
export function storeSink(store: SegmentStore): SegmentSink {
  return { send: (document) => void store.put(document) };
}

/**
 * A sink that sends each document as one daemon datagram over UDP, like
 * aws-xray-sdk-core does.
 *
 * @param address `host:port` of the daemon. Default
 * `AWS_XRAY_DAEMON_ADDRESS`, else `127.0.0.1:2000`.
 * @example
 * const sink = createUdpSegmentSink(daemon.address);
 * sink.send(segment);
 * await sink.flush();
 * await daemon.settled();
 * await sink.close();
 */
export function createUdpSegmentSink(
  address: string = process.env.AWS_XRAY_DAEMON_ADDRESS ?? '127.0.0.1:2000',
): ClosableSegmentSink {
  const separator = address.lastIndexOf(':');
  const host = address.slice(0, separator) || '127.0.0.1';
  const port = Number(address.slice(separator + 1));
  const socket: Socket = createSocket('udp4');
  socket.unref();
  let pending = 0;
  let waiters: Array<() => void> = [];
  const sent = () => {
    pending--;
    if (pending > 0) return;
    for (const release of waiters) release();
    waiters = [];
  };

  return {
    send: (document) => {
      pending++;
      socket.send(encodeDatagram(document), port, host, sent);
    },
    flush: () =>
      pending === 0
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push(resolve)),
    close: async () => {
      if (pending > 0)
        await new Promise((resolve) => waiters.push(() => resolve(undefined)));
      await new Promise<void>((resolve) => socket.close(() => resolve()));
    },
  };
}
