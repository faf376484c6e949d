/** The part of `process` that {@link waitForStopSignal} listens on. */
export interface SignalSource {
  once(signal: NodeJS.Signals, listener: () => void): unknown;
  on(signal: NodeJS.Signals, listener: () => void): unknown;
  off(signal: NodeJS.Signals, listener: () => void): unknown;
}

const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/**
 * Resolves with the first SIGINT or SIGTERM. A second one, while the
 * caller is still stopping, calls `force`.
 *
 * @example
 * await waitForStopSignal(process, () => process.exit(130));
 */
export function waitForStopSignal(
  source: SignalSource,
  force: () => void,
): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const handlers = new Map<NodeJS.Signals, () => void>();
    const stop = (signal: NodeJS.Signals) => {
      for (const [name, handler] of handlers) {
        source.off(name, handler);
        source.once(name, force);
      }
      resolve(signal);
    };
    for (const signal of STOP_SIGNALS) {
      const handler = () => stop(signal);
      handlers.set(signal, handler);
      source.on(signal, handler);
    }
  });
}
