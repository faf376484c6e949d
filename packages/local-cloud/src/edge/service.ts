/** An AWS API request as the edge received it, body fully read. */
export interface EdgeRequest {
  method: string;
  /** The path without the query string, for example `/TraceSummaries`. */
  path: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: Buffer;
}

/** What an emulated service answers. */
export interface EdgeResponse {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

/**
 * One emulated AWS service behind the edge. The edge asks each service in
 * turn whether a request is its own (by `X-Amz-Target`, REST path or the
 * SigV4 credential scope) and hands it to the first that says yes.
 *
 * @example
 * const service: EmulatedService = {
 *   name: 'sqs',
 *   matches: (request) => request.headers['x-amz-target']?.startsWith('AmazonSQS.') ?? false,
 *   handle: async (request) => ({ status: 200, body: '{}' }),
 * };
 */
export interface EmulatedService {
  name: string;
  matches(request: EdgeRequest): boolean;
  handle(request: EdgeRequest): Promise<EdgeResponse>;
}
