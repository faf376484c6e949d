import { describe, expect, it } from 'vitest';
import { AwsApiError } from '../../../src/errors.js';
import {
  dynamoDbFailure,
  invokeCallFailure,
  lambdaFailure,
} from '../../../src/stepfunctions/index.js';

describe('task error names', () => {
  it("names a function error after the function's errorType", () => {
    const failure = lambdaFailure({
      StatusCode: 200,
      FunctionError: 'Unhandled',
      Payload: { errorType: 'PaymentProviderUnavailable', errorMessage: '503' },
    });

    expect(failure?.name).toBe('PaymentProviderUnavailable');
    expect(JSON.parse(failure?.message ?? '{}').errorMessage).toBe('503');
  });

  it('names a function error without errorType Lambda.Unknown', () => {
    const failure = lambdaFailure({
      StatusCode: 200,
      FunctionError: 'Unhandled',
      Payload: 'boom',
    });

    expect(failure?.name).toBe('Lambda.Unknown');
  });

  it('answers no failure for a successful invoke', () => {
    expect(lambdaFailure({ StatusCode: 200, Payload: {} })).toBeUndefined();
  });

  it('names a 429 answer Lambda.TooManyRequestsException', () => {
    expect(lambdaFailure({ StatusCode: 429 })?.name).toBe(
      'Lambda.TooManyRequestsException',
    );
  });

  it("prefixes a thrown Lambda API error's code with Lambda.", () => {
    const throttled = new AwsApiError({
      status: 429,
      type: 'TooManyRequestsException',
      message: 'Rate Exceeded.',
    });

    expect(invokeCallFailure(throttled).name).toBe(
      'Lambda.TooManyRequestsException',
    );
    expect(invokeCallFailure(new Error('socket hang up')).name).toBe(
      'Lambda.SdkClientException',
    );
  });

  it('names DynamoDB errors DynamoDB.<ExceptionName>', () => {
    const failure = dynamoDbFailure({
      __type:
        'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
      message: 'The level of configured provisioned throughput was exceeded.',
    });

    expect(failure?.name).toBe(
      'DynamoDB.ProvisionedThroughputExceededException',
    );
    expect(dynamoDbFailure({ Attributes: {} })).toBeUndefined();
  });
});
