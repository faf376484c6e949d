import { ConfigurationError } from '@org/order-runtime';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

const complete = {
  ORDERS_TABLE_NAME: 'orders',
  EVENT_BUS_NAME: 'orders-bus',
  PAYMENT_PROVIDER_URL: 'http://127.0.0.1:4566/payment-provider',
};

describe('loadConfig', () => {
  it('reads the variables and applies the documented defaults', () => {
    expect(loadConfig(complete)).toEqual({
      ordersTableName: 'orders',
      eventBusName: 'orders-bus',
      paymentProviderUrl: complete.PAYMENT_PROVIDER_URL,
      serviceName: 'payment-processing',
      logLevel: 'INFO',
    });
  });

  it('names the missing provider URL', () => {
    expect(() =>
      loadConfig({ ...complete, PAYMENT_PROVIDER_URL: undefined }),
    ).toThrow(/PAYMENT_PROVIDER_URL is required/);
  });

  it('refuses a provider URL that is not http(s)', () => {
    expect(() =>
      loadConfig({ ...complete, PAYMENT_PROVIDER_URL: 'ftp://pay' }),
    ).toThrow(ConfigurationError);
  });

  it('names every missing variable at once', () => {
    expect(() => loadConfig({})).toThrow(
      /ORDERS_TABLE_NAME is required.*EVENT_BUS_NAME is required/,
    );
  });
});
