import type { Logger } from '@org/order-runtime';

/** A logger that keeps each entry as the JSON line it would print. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const write =
    (level: string) =>
    (message: string, attributes: Record<string, unknown> = {}) => {
      lines.push(JSON.stringify({ level, message, ...attributes }));
    };

  return {
    lines,
    info: write('INFO'),
    warn: write('WARN'),
    error: write('ERROR'),
  };
}
