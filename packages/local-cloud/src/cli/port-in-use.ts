import type { LocalCliOptions } from './cli-options.js';

interface SystemError {
  code?: string;
  port?: number;
  syscall?: string;
}

/**
 * The one-line message for a start that failed because a port is taken,
 * naming the port and the variable that moves it; undefined for any
 * other failure.
 *
 * @example
 * portInUseMessage(error, options);
 * // 'Port 4566 (edge) is in use on 127.0.0.1; set LOCAL_CLOUD_PORT or --port to another port.'
 */
export function portInUseMessage(
  error: unknown,
  options: Pick<LocalCliOptions, 'port' | 'xrayPort'>,
): string | undefined {
  const failure = error as SystemError | undefined;
  if (failure?.code !== 'EADDRINUSE') return undefined;

  // The daemon binds UDP; the edge listens on TCP.
  const isDaemon = failure.syscall === 'bind';
  const port = failure.port ?? (isDaemon ? options.xrayPort : options.port);
  const [what, variable, flag] = isDaemon
    ? ['X-Ray daemon, UDP', 'LOCAL_CLOUD_XRAY_PORT', '--xray-port']
    : ['edge', 'LOCAL_CLOUD_PORT', '--port'];

  return `Port ${port} (${what}) is in use on 127.0.0.1; set ${variable} or ${flag} to another port.`;
}
