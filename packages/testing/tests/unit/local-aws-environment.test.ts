import { afterEach, describe, expect, it, vi } from 'vitest';
import { importWithEnvironment } from '../../src/lambda/local-aws-environment.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('importWithEnvironment', () => {
  it('loads with the local AWS variables, the given ones winning and undefined removing one', async () => {
    vi.stubEnv('SERVICE_NAME', 'left-over');

    const seen = await importWithEnvironment(
      {
        ORDERS_TABLE_NAME: 'orders',
        AWS_REGION: 'eu-west-1',
        SERVICE_NAME: undefined,
      },
      async () => ({ ...process.env }),
    );

    expect(seen.ORDERS_TABLE_NAME).toBe('orders');
    expect(seen.AWS_REGION).toBe('eu-west-1');
    expect(seen.AWS_ENDPOINT_URL).toBe('http://127.0.0.1:9');
    expect(seen.TRACING_ENABLED).toBe('false');
    expect(seen.SERVICE_NAME).toBeUndefined();
  });
});
