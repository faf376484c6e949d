import { readTraces, type TraceSet } from '@org/rca';
import { ExitCode, ExitError } from './errors.js';
import type { TraceSource } from './request.js';

type XRaySource = Extract<TraceSource, { kind: 'xray' }>;

/**
 * Reads a window of traces from an X-Ray API. The AWS SDK and the reader
 * are imported here, on demand, so that reading files starts fast.
 *
 * @throws {ExitError} with the usage code for a bad time or a failed call.
 * @example
 * const traces = await readXRayTraces(source, (line) => console.error(line));
 */
export async function readXRayTraces(
  source: XRaySource,
  warn: (line: string) => void,
): Promise<TraceSet> {
  const [{ XRayClient }, reader] = await Promise.all([
    import('@aws-sdk/client-xray'),
    import('@org/xray-reader'),
  ]);
  const client = new XRayClient({
    region: source.region,
    endpoint: source.endpoint,
    maxAttempts: 1,
    ...(source.endpoint ? { credentials: localCredentials() } : {}),
  });
  try {
    const read = await reader.readTraceWindow({
      client,
      window: reader.parseSince(source.since, { until: source.until }),
      filterExpression: source.filter,
      deadlineMs: reader.parseDuration(source.deadline),
    });
    const skipped = read.unprocessedTraceIds.length;
    if (skipped > 0) {
      warn(`X-Ray did not return ${skipped} trace(s); they are left out.`);
    }

    return readTraces(read.pages, { source: describe(source) });
  } catch (error) {
    if (!(error instanceof reader.XRayReaderError)) throw error;
    throw new ExitError(ExitCode.usage, error.message, { cause: error });
  } finally {
    client.destroy();
  }
}

// A local endpoint needs no real account; credentials from the
// environment still win when they are set.
function localCredentials() {
  return {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? 'test',
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? 'test',
  };
}

function describe(source: XRaySource): string {
  return `X-Ray API ${source.endpoint ?? source.region}`;
}
