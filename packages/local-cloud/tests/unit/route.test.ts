import { describe, expect, it } from 'vitest';
import type { EdgeRequest } from '../../src/index.js';
import {
  belongsTo,
  credentialScopeService,
  targetOf,
} from '../../src/index.js';

function request(headers: Record<string, string>): EdgeRequest {
  return {
    method: 'POST',
    path: '/',
    query: new URLSearchParams(),
    headers,
    body: Buffer.alloc(0),
  };
}

describe('request routing', () => {
  it('splits the target into prefix and operation', () => {
    expect(
      targetOf(request({ 'x-amz-target': 'AmazonSQS.SendMessage' })),
    ).toEqual({
      prefix: 'AmazonSQS',
      operation: 'SendMessage',
    });
  });

  it('reads the service from the SigV4 credential scope', () => {
    const signed = request({
      authorization:
        'AWS4-HMAC-SHA256 Credential=local/20261203/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=abc',
    });

    expect(credentialScopeService(signed)).toBe('dynamodb');
    expect(
      credentialScopeService(request({ authorization: 'Bearer x' })),
    ).toBeUndefined();
  });

  it('routes by target before credential scope', () => {
    const mixed = request({
      'x-amz-target': 'AWSEvents.PutEvents',
      authorization:
        'AWS4-HMAC-SHA256 Credential=a/20261203/us-east-1/sqs/aws4_request',
    });

    expect(belongsTo(mixed, ['AmazonSQS'], ['sqs'])).toBe(false);
    expect(belongsTo(mixed, ['AWSEvents'], ['events'])).toBe(true);
  });
});
