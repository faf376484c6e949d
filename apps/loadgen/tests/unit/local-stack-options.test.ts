import { describe, expect, it } from 'vitest';
import { localStackOptions } from '../../src/target/local-target.js';

const CDK_OUT = '/repo/apps/infra/cdk.out';

describe('localStackOptions', () => {
  it('starts the stack without alarms or variables by default', () => {
    const options = localStackOptions({ faults: {} }, CDK_OUT);

    expect(options).toMatchObject({
      port: 0,
      cdkOut: CDK_OUT,
      stackName: 'ServerlessOrderStack',
      retryIntervalScale: 1,
      alarms: false,
    });
    expect(options.variables).toBeUndefined();
  });

  it('passes the alarms and the function variables asked for', () => {
    const options = localStackOptions(
      {
        faults: {},
        alarms: true,
        variables: { LOOKBACK_SECONDS: '20' },
        retryIntervalScale: 0.1,
      },
      CDK_OUT,
    );

    expect(options.alarms).toBe(true);
    expect(options.variables).toEqual({ LOOKBACK_SECONDS: '20' });
    expect(options.retryIntervalScale).toBe(0.1);
  });
});
