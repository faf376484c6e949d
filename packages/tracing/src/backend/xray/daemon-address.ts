import { TracingConfigurationError } from '../../errors.js';

/**
 * Where the X-Ray daemon listens for UDP segment documents.
 *
 * @example
 * const daemon: DaemonAddress = { host: '127.0.0.1', port: 2000 };
 */
export interface DaemonAddress {
  host: string;
  port: number;
}

const DEFAULT_ADDRESS: DaemonAddress = { host: '127.0.0.1', port: 2000 };

function parseHostPort(text: string, raw: string): DaemonAddress {
  const separator = text.lastIndexOf(':');
  const host = text.slice(0, separator);
  const port = Number(text.slice(separator + 1));
  if (separator <= 0 || !Number.isInteger(port) || port <= 0) {
    throw new TracingConfigurationError(
      'AWS_XRAY_DAEMON_ADDRESS',
      raw,
      'use host:port such as 127.0.0.1:2000, or "tcp:host:port udp:host:port"',
    );
  }

  return { host, port };
}

/**
 * Reads the daemon's UDP address from `AWS_XRAY_DAEMON_ADDRESS`, in either
 * form Lambda uses (`127.0.0.1:2000` or `tcp:127.0.0.1:2000
 * udp:127.0.0.1:2000`). Default `127.0.0.1:2000`.
 *
 * @example
 * daemonAddress('udp:127.0.0.1:2000 tcp:127.0.0.1:2000');
 * // { host: '127.0.0.1', port: 2000 }
 */
export function daemonAddress(
  raw: string | undefined = process.env.AWS_XRAY_DAEMON_ADDRESS,
): DaemonAddress {
  if (raw === undefined || raw.trim() === '') return DEFAULT_ADDRESS;

  const parts = raw.trim().split(/\s+/);
  const udp = parts.find((part) => part.startsWith('udp:'));
  if (udp !== undefined) return parseHostPort(udp.slice(4), raw);
  if (parts.length === 1 && !raw.startsWith('tcp:')) {
    return parseHostPort(parts[0] ?? '', raw);
  }

  throw new TracingConfigurationError(
    'AWS_XRAY_DAEMON_ADDRESS',
    raw,
    'name the UDP address, as in "tcp:127.0.0.1:2000 udp:127.0.0.1:2000"',
  );
}
