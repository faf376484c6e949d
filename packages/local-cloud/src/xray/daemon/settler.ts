import type { Socket } from 'node:dgram';

/** How often an unanswered probe is sent again, in milliseconds. */
const PROBE_RESEND_MS = 50;

/**
 * Tracks `settled()` calls of the daemon. Each call sends a numbered probe
 * datagram to the daemon's own port; loopback delivers datagrams in the
 * order they were sent, so when probe `n` arrives every datagram sent
 * before it has been read. A probe lost to a full receive buffer is sent
 * again until it arrives.
 */
export interface Settler {
  target(port: number): void;
  settle(): Promise<void>;
  received(sequence: number): void;
  releaseAll(): void;
}

interface Waiter {
  sequence: number;
  release: () => void;
  timer: NodeJS.Timeout;
}

/**
 * Creates the settler of a daemon whose probes leave from `probe`.
 *
 * @example
 * const settler = createSettler(probe, '127.0.0.1');
 * settler.target(2000);
 * await settler.settle();
 */
export function createSettler(probe: Socket, host: string): Settler {
  let port = 0;
  let sequence = 0;
  const waiters = new Set<Waiter>();
  const send = (value: number) =>
    probe.send(String(value), port, host, () => undefined);

  return {
    target(boundPort) {
      port = boundPort;
    },
    settle() {
      sequence++;
      const current = sequence;
      return new Promise((resolve) => {
        const timer = setInterval(() => send(current), PROBE_RESEND_MS);
        waiters.add({ sequence: current, release: resolve, timer });
        send(current);
      });
    },
    received(arrived) {
      for (const waiter of waiters) {
        if (waiter.sequence > arrived) continue;
        clearInterval(waiter.timer);
        waiters.delete(waiter);
        waiter.release();
      }
    },
    releaseAll() {
      for (const waiter of waiters) {
        clearInterval(waiter.timer);
        waiter.release();
      }
      waiters.clear();
    },
  };
}
