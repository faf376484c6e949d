import type { IncomingMessage } from 'node:http';

/** What reading a request body gave: the bytes, or the news it was too big. */
export type BodyReading =
  | { kind: 'complete'; body: Buffer }
  | { kind: 'oversized'; bytes: number };

/**
 * Reads a request body up to a limit. Past the limit the rest is drained
 * and dropped, so that the client still gets its answer; a client that
 * goes on sending four times the limit has its connection cut.
 *
 * @example
 * const reading = await readBody(request, 8 * 1024 * 1024);
 */
export function readBody(
  request: IncomingMessage,
  limitBytes: number,
): Promise<BodyReading> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;

    request.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= limitBytes) {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
      if (bytes > limitBytes * 4) {
        request.destroy();
      }
    });
    request.on('end', () => {
      resolve(
        bytes > limitBytes
          ? { kind: 'oversized', bytes }
          : { kind: 'complete', body: Buffer.concat(chunks, bytes) },
      );
    });
    request.on('error', reject);
  });
}
