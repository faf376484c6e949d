import { XRayRequestError } from '../errors.js';

/** Where a page of trace summaries ended: the last trace's sort key. */
export interface PagePosition {
  startTime: number;
  traceId: string;
}

/**
 * Encodes a page position as an opaque `NextToken`.
 *
 * @example
 * encodePageToken({ startTime: 1700000000, traceId: '1-…' });
 */
export function encodePageToken(position: PagePosition): string {
  return Buffer.from(
    JSON.stringify([position.startTime, position.traceId]),
  ).toString('base64url');
}

/**
 * Decodes a `NextToken` made by {@link encodePageToken}.
 *
 * @throws {XRayRequestError} when the token was not made by this service.
 * @example
 * decodePageToken(nextToken).traceId;
 */
export function decodePageToken(token: string): PagePosition {
  try {
    const decoded: unknown = JSON.parse(
      Buffer.from(token, 'base64url').toString('utf8'),
    );
    if (
      Array.isArray(decoded) &&
      typeof decoded[0] === 'number' &&
      typeof decoded[1] === 'string'
    ) {
      return { startTime: decoded[0], traceId: decoded[1] };
    }
  } catch {
    // Falls through to the error below: any undecodable token is refused.
  }

  throw new XRayRequestError(
    'InvalidRequestException',
    `The NextToken "${token.slice(0, 40)}" is not one this service issued; pass the NextToken of the previous response unchanged.`,
  );
}
