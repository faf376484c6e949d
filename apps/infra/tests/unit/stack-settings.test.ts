import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { readStackSettings } from '../../src/config/read-stack-settings.js';
import { ContextValueError } from '../../src/errors.js';

function settingsOf(context: Record<string, unknown>) {
  return readStackSettings(new App({ context }).node);
}

describe('readStackSettings', () => {
  it('applies the documented defaults when no context is given', () => {
    expect(settingsOf({})).toEqual({
      tableBilling: { kind: 'on-demand' },
      paymentProviderUrl: 'https://payments.example.com',
      lumigoTokenSecret: undefined,
      logLevel: 'INFO',
      logRetentionDays: 30,
      workflowLogLevel: 'ALL',
      lambdaCode: 'bundle',
      reservedConcurrency: {
        'order-validation': undefined,
        'payment-processing': undefined,
        fulfillment: undefined,
      },
    });
  });

  it('defaults provisioned capacity to 1 read and 1 write unit', () => {
    expect(settingsOf({ tableBilling: 'provisioned' }).tableBilling).toEqual({
      kind: 'provisioned',
      readCapacity: 1,
      writeCapacity: 1,
    });
  });

  it.each([
    ['tableBilling', 'free'],
    ['workflowLogLevel', 'TRACE'],
    ['lambdaCode', 'docker'],
    ['paymentProviderUrl', 'payments'],
    ['logRetentionDays', '8'],
    ['orderValidationConcurrency', '-1'],
    ['fulfillmentConcurrency', 'many'],
  ])('refuses %s=%s and names the key', (key, value) => {
    const read = () => settingsOf({ [key]: value });

    expect(read).toThrow(ContextValueError);
    expect(read).toThrow(`${key}="${value}"`);
  });

  it('accepts numbers given as strings or as numbers', () => {
    const settings = settingsOf({
      orderValidationConcurrency: '0',
      paymentProcessingConcurrency: 4,
    });

    expect(settings.reservedConcurrency['order-validation']).toBe(0);
    expect(settings.reservedConcurrency['payment-processing']).toBe(4);
  });
});
