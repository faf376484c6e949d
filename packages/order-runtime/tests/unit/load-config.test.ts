import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigurationError } from '../../src/errors.js';
import {
  loadEnvironment,
  logLevelVariable,
  requiredVariable,
} from '../../src/load-config.js';

const Schema = z.object({
  ORDERS_TABLE_NAME: requiredVariable,
  EVENT_BUS_NAME: requiredVariable,
  SERVICE_NAME: requiredVariable.default('fulfillment'),
  LOG_LEVEL: logLevelVariable,
});

describe('loadEnvironment', () => {
  it('returns the trimmed variables with their defaults', () => {
    expect(
      loadEnvironment(Schema, {
        ORDERS_TABLE_NAME: ' orders ',
        EVENT_BUS_NAME: 'bus',
        LOG_LEVEL: 'warn',
      }),
    ).toEqual({
      ORDERS_TABLE_NAME: 'orders',
      EVENT_BUS_NAME: 'bus',
      SERVICE_NAME: 'fulfillment',
      LOG_LEVEL: 'WARN',
    });
  });

  it('names every missing or blank variable in one ConfigurationError', () => {
    const error = captureError(() =>
      loadEnvironment(Schema, { ORDERS_TABLE_NAME: '  ' }),
    );

    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.problems).toEqual([
      'ORDERS_TABLE_NAME is required',
      'EVENT_BUS_NAME is required',
    ]);
    expect(error.message).toContain('deploy again');
  });

  it('refuses an unknown log level', () => {
    const error = captureError(() =>
      loadEnvironment(Schema, {
        ORDERS_TABLE_NAME: 'orders',
        EVENT_BUS_NAME: 'bus',
        LOG_LEVEL: 'verbose',
      }),
    );

    expect(error.problems).toEqual([
      'LOG_LEVEL must be DEBUG, INFO, WARN or ERROR',
    ]);
  });
});

function captureError(load: () => unknown): ConfigurationError {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected loadEnvironment to throw');
}
