import { parseTraceHeader, type TraceHeader } from '../xray/trace-header.js';

/**
 * The caller's trace header, or undefined when it is missing or
 * unreadable: Lambda then starts a new trace rather than failing.
 *
 * @example
 * upstreamTraceHeader('Root=1-6927a1b2-0123456789abcdef01234567;Sampled=1')?.root;
 */
export function upstreamTraceHeader(
  header: string | undefined,
): TraceHeader | undefined {
  if (!header) return undefined;
  try {
    return parseTraceHeader(header);
  } catch {
    return undefined;
  }
}
