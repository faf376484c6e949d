import { ConfigurationError } from '@org/order-runtime';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

const required = {
  ALERT_TOPIC_ARN: 'arn:aws:sns:us-east-1:123456789012:alerts',
  IDEMPOTENCY_TABLE_NAME: 'rca-responder-transitions',
};

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig(required);

    expect(config).toMatchObject({
      lookbackSeconds: 300,
      baselineSeconds: 300,
      maxTraces: 1000,
      settleSeconds: 2,
      functionName: 'rca-responder',
      serviceName: 'rca-responder',
      logLevel: 'INFO',
      webhookSecretName: undefined,
    });
  });

  it('reads the lookback and the webhook secret name', () => {
    const config = loadConfig({
      ...required,
      LOOKBACK_SECONDS: '120',
      WEBHOOK_SECRET_NAME: 'rca/webhook',
    });

    expect(config.lookbackSeconds).toBe(120);
    expect(config.webhookSecretName).toBe('rca/webhook');
  });

  it('reads the settle time and names its own function', () => {
    const config = loadConfig({
      ...required,
      SETTLE_SECONDS: '0.5',
      AWS_LAMBDA_FUNCTION_NAME: 'ServerlessOrderStack-RcaResponder',
    });

    expect(config.settleSeconds).toBe(0.5);
    expect(config.functionName).toBe('ServerlessOrderStack-RcaResponder');
  });

  it('refuses a settle time above a minute', () => {
    expect(() => loadConfig({ ...required, SETTLE_SECONDS: '90' })).toThrow(
      /SETTLE_SECONDS/,
    );
  });

  it('names every missing or bad variable', () => {
    const load = () => loadConfig({ LOOKBACK_SECONDS: '-5' });

    expect(load).toThrow(ConfigurationError);
    expect(load).toThrow(/ALERT_TOPIC_ARN/);
    expect(load).toThrow(/IDEMPOTENCY_TABLE_NAME/);
    expect(load).toThrow(/LOOKBACK_SECONDS/);
  });
});
