import { describe, expect, it } from 'vitest';
import { readCliRequest } from '../../../src/cli/cli-options.js';

const cdkOut = ['--cdk-out', 'apps/infra/cdk.out'];

describe('readCliRequest', () => {
  it('defaults to edge port 4566 and X-Ray port 2000', () => {
    expect(readCliRequest(cdkOut, {})).toEqual({
      kind: 'run',
      options: {
        cdkOut: 'apps/infra/cdk.out',
        port: 4566,
        xrayPort: 2000,
        stackName: 'ServerlessOrderStack',
      },
    });
  });

  it('takes the ports from LOCAL_CLOUD_PORT and LOCAL_CLOUD_XRAY_PORT', () => {
    const request = readCliRequest(cdkOut, {
      LOCAL_CLOUD_PORT: '4600',
      LOCAL_CLOUD_XRAY_PORT: '2100',
    });

    expect(request).toMatchObject({
      kind: 'run',
      options: { port: 4600, xrayPort: 2100 },
    });
  });

  it('lets the flags win over the environment', () => {
    const request = readCliRequest(
      [...cdkOut, '--port', '0', '--xray-port', '2200'],
      { LOCAL_CLOUD_PORT: '4600', LOCAL_CLOUD_XRAY_PORT: '2100' },
    );

    expect(request).toMatchObject({ options: { port: 0, xrayPort: 2200 } });
  });

  it('names the variable that holds a port out of range', () => {
    const request = readCliRequest(cdkOut, { LOCAL_CLOUD_XRAY_PORT: '70000' });

    expect(request).toEqual({
      kind: 'invalid',
      message:
        'LOCAL_CLOUD_XRAY_PORT must be a port from 0 to 65535, got "70000".',
    });
  });

  it('names the flag that holds a port that is no number', () => {
    const request = readCliRequest([...cdkOut, '--port', 'edge'], {});

    expect(request).toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining('--port must be a port'),
    });
  });

  it('asks for --cdk-out when it is missing', () => {
    expect(readCliRequest([], {})).toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining('--cdk-out'),
    });
  });

  it('refuses an unknown flag', () => {
    expect(readCliRequest([...cdkOut, '--verbose'], {}).kind).toBe('invalid');
  });

  it('answers help before checking the other arguments', () => {
    expect(readCliRequest(['--help', '--port', 'x'], {})).toEqual({
      kind: 'help',
    });
  });
});
