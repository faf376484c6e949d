import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import {
  functionConfig,
  functionVariables,
} from '../../src/function-variables.js';
import { loadEnvironment, requiredVariable } from '../../src/load-config.js';

describe('functionVariables', () => {
  it('maps the shared variables with the service name and log level defaults', () => {
    const variables = loadEnvironment(functionVariables('fulfillment'), {
      ORDERS_TABLE_NAME: 'orders',
      EVENT_BUS_NAME: 'bus',
    });

    expect(functionConfig(variables)).toEqual({
      ordersTableName: 'orders',
      eventBusName: 'bus',
      serviceName: 'fulfillment',
      logLevel: 'INFO',
    });
  });

  it('names every missing shared and own variable', () => {
    const schema = functionVariables('fulfillment').extend({
      QUEUE_URL: requiredVariable,
    });

    expect(() => loadEnvironment(schema, {})).toThrow(ConfigurationError);
    expect(() => loadEnvironment(schema, {})).toThrow(
      /ORDERS_TABLE_NAME is required; EVENT_BUS_NAME is required; QUEUE_URL is required/,
    );
  });
});
