import { describe, expect, it } from 'vitest';
import {
  buildEnvironment,
  resolveFunctionConfig,
} from '../../../src/lambda/index.js';

const settings = {
  endpoint: 'http://127.0.0.1:4566',
  region: 'eu-west-1',
  daemonAddress: '127.0.0.1:2000',
};

describe('the execution environment variables', () => {
  it('give the function its own variables and what Lambda sets', () => {
    const config = resolveFunctionConfig({
      name: 'payment-processing',
      codeDirectory: '/assets/payment',
      environment: { ORDERS_TABLE_NAME: 'orders' },
      memoryMb: 512,
    });

    const environment = buildEnvironment(config, settings);

    expect(environment).toMatchObject({
      ORDERS_TABLE_NAME: 'orders',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:4566',
      AWS_REGION: 'eu-west-1',
      AWS_DEFAULT_REGION: 'eu-west-1',
      AWS_XRAY_DAEMON_ADDRESS: '127.0.0.1:2000',
      AWS_LAMBDA_FUNCTION_NAME: 'payment-processing',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/payment-processing',
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
      LAMBDA_TASK_ROOT: '/assets/payment',
    });
    expect(environment.AWS_ACCESS_KEY_ID).toBeTruthy();
    expect(environment.AWS_SECRET_ACCESS_KEY).toBeTruthy();
    expect(environment.AWS_SESSION_TOKEN).toBeTruthy();
  });

  it('keeps the reserved variables when the function sets them too', () => {
    const config = resolveFunctionConfig({
      name: 'fulfillment',
      codeDirectory: '/assets/fulfillment',
      environment: { AWS_REGION: 'mars-1', AWS_ENDPOINT_URL: 'https://aws' },
    });

    const environment = buildEnvironment(config, settings);

    expect(environment.AWS_REGION).toBe('eu-west-1');
    expect(environment.AWS_ENDPOINT_URL).toBe('http://127.0.0.1:4566');
  });

  it('does not hand the host process environment to the function', () => {
    process.env.LOCAL_LAMBDA_TEST_SECRET = 'host-only';
    const config = resolveFunctionConfig({ name: 'f', codeDirectory: '/f' });

    const environment = buildEnvironment(config, settings);
    delete process.env.LOCAL_LAMBDA_TEST_SECRET;

    expect(environment.LOCAL_LAMBDA_TEST_SECRET).toBeUndefined();
  });
});
