import { ConfigurationError } from '@org/order-runtime';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

const complete = {
  ORDERS_TABLE_NAME: 'orders',
  STATE_MACHINE_ARN: 'arn:aws:states:us-east-1:000000000000:stateMachine:o',
  EVENT_BUS_NAME: 'orders-bus',
};

describe('loadConfig', () => {
  it('reads the variables and applies the documented defaults', () => {
    expect(loadConfig(complete)).toEqual({
      ordersTableName: 'orders',
      stateMachineArn: complete.STATE_MACHINE_ARN,
      eventBusName: 'orders-bus',
      serviceName: 'order-validation',
      logLevel: 'INFO',
    });
  });

  it('names every missing variable', () => {
    const error = captureError(() => loadConfig({ EVENT_BUS_NAME: 'bus' }));

    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain('ORDERS_TABLE_NAME is required');
    expect(error.message).toContain('STATE_MACHINE_ARN is required');
  });

  it('refuses a state machine ARN that is not one', () => {
    const error = captureError(() =>
      loadConfig({ ...complete, STATE_MACHINE_ARN: 'orders' }),
    );

    expect(error.message).toContain(
      'STATE_MACHINE_ARN must be a Step Functions state machine ARN',
    );
  });

  it('accepts a lower-case log level and refuses an unknown one', () => {
    expect(loadConfig({ ...complete, LOG_LEVEL: 'debug' }).logLevel).toBe(
      'DEBUG',
    );
    expect(() => loadConfig({ ...complete, LOG_LEVEL: 'LOUD' })).toThrow(
      /LOG_LEVEL must be/,
    );
  });
});

function captureError(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the action to throw');
}
