import { XRayRequestError } from '../errors.js';

/**
 * Parses a JSON request body into an object; an empty body is `{}`.
 *
 * @throws {XRayRequestError} when the body is not a JSON object.
 * @example
 * const input = parseRequestBody(request.body);
 */
export function parseRequestBody(body: Buffer): Record<string, unknown> {
  const text = body.toString('utf8').trim();
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new XRayRequestError(
      'InvalidRequestException',
      `The request body is not valid JSON (${text.slice(0, 40)}); send a JSON object.`,
      { cause: error },
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new XRayRequestError(
      'InvalidRequestException',
      `The request body must be a JSON object, got ${text.slice(0, 40)}.`,
    );
  }

  return parsed as Record<string, unknown>;
}

/**
 * Reads a required timestamp member: epoch seconds (as the AWS SDK and CLI
 * send them) or an ISO 8601 string.
 *
 * @throws {XRayRequestError} when the member is missing or not a time.
 * @example
 * const startTime = requiredTimestamp(input, 'StartTime');
 */
export function requiredTimestamp(
  input: Record<string, unknown>,
  member: string,
): number {
  const value = input[member];
  const seconds =
    typeof value === 'number'
      ? value
      : typeof value === 'string'
        ? Date.parse(value) / 1000
        : Number.NaN;
  if (!Number.isFinite(seconds)) {
    throw new XRayRequestError(
      'InvalidRequestException',
      `${member} must be a timestamp in epoch seconds, got ${JSON.stringify(value) ?? 'nothing'}.`,
    );
  }

  return seconds;
}

/**
 * Reads an optional string member.
 *
 * @throws {XRayRequestError} when the member is present but not a string.
 * @example
 * const nextToken = optionalString(input, 'NextToken');
 */
export function optionalString(
  input: Record<string, unknown>,
  member: string,
): string | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    throw new XRayRequestError(
      'InvalidRequestException',
      `${member} must be a string, got ${JSON.stringify(value)}.`,
    );
  }

  return value;
}
