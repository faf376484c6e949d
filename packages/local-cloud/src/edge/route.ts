import type { EdgeRequest } from './service.js';

/**
 * The operation a JSON-protocol request names in `X-Amz-Target`, split
 * into its prefix and operation (`AmazonSQS.SendMessage` gives
 * `{ prefix: 'AmazonSQS', operation: 'SendMessage' }`).
 *
 * @example
 * const target = targetOf(request);
 * if (target?.prefix === 'AWSEvents') { ... }
 */
export function targetOf(
  request: EdgeRequest,
): { prefix: string; operation: string } | undefined {
  const target = request.headers['x-amz-target'];
  if (!target) {
    return undefined;
  }

  const dot = target.lastIndexOf('.');
  if (dot < 0) {
    return { prefix: target, operation: '' };
  }

  return { prefix: target.slice(0, dot), operation: target.slice(dot + 1) };
}

/**
 * The service name in a SigV4 `Authorization` header's credential scope
 * (`Credential=KEY/20260101/us-east-1/dynamodb/aws4_request` gives
 * `dynamodb`), or undefined when the header has none.
 *
 * @example
 * credentialScopeService(request) === 'events';
 */
export function credentialScopeService(
  request: EdgeRequest,
): string | undefined {
  const authorization = request.headers.authorization;
  if (!authorization) {
    return undefined;
  }

  const match = /Credential=([^,\s]+)/.exec(authorization);
  const scope = match?.[1]?.split('/');

  return scope && scope.length >= 5 ? scope[3] : undefined;
}

/**
 * Whether a request belongs to a JSON-protocol service: its target starts
 * with one of the service's prefixes or, without a target, its credential
 * scope names the service.
 *
 * @example
 * const sqs = (request) => belongsTo(request, ['AmazonSQS'], ['sqs']);
 */
export function belongsTo(
  request: EdgeRequest,
  targetPrefixes: readonly string[],
  scopeNames: readonly string[],
): boolean {
  const target = targetOf(request);
  if (target) {
    return targetPrefixes.includes(target.prefix);
  }
  const scope = credentialScopeService(request);

  return scope !== undefined && scopeNames.includes(scope);
}
