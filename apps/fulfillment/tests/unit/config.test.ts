import { ConfigurationError } from '@org/order-runtime';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('reads the variables and applies the documented defaults', () => {
    expect(
      loadConfig({ ORDERS_TABLE_NAME: 'orders', EVENT_BUS_NAME: 'bus' }),
    ).toEqual({
      ordersTableName: 'orders',
      eventBusName: 'bus',
      serviceName: 'fulfillment',
      logLevel: 'INFO',
    });
  });

  it('names a variable that is missing or blank', () => {
    expect(() =>
      loadConfig({ ORDERS_TABLE_NAME: ' ', EVENT_BUS_NAME: 'bus' }),
    ).toThrow(/ORDERS_TABLE_NAME is required/);
    expect(() => loadConfig({ ORDERS_TABLE_NAME: 'orders' })).toThrow(
      ConfigurationError,
    );
  });
});
