import { describe, expect, it } from 'vitest';
import { portInUseMessage } from '../../../src/cli/port-in-use.js';

const ports = { port: 4566, xrayPort: 2000 };

function systemError(fields: Record<string, unknown>): Error {
  return Object.assign(new Error('address in use'), fields);
}

describe('portInUseMessage', () => {
  it('names the edge port and LOCAL_CLOUD_PORT when the listen fails', () => {
    const error = systemError({
      code: 'EADDRINUSE',
      syscall: 'listen',
      port: 4566,
    });

    expect(portInUseMessage(error, ports)).toBe(
      'Port 4566 (edge) is in use on 127.0.0.1; set LOCAL_CLOUD_PORT or --port to another port.',
    );
  });

  it('names the daemon port and LOCAL_CLOUD_XRAY_PORT when the UDP bind fails', () => {
    const error = systemError({ code: 'EADDRINUSE', syscall: 'bind' });

    expect(portInUseMessage(error, ports)).toBe(
      'Port 2000 (X-Ray daemon, UDP) is in use on 127.0.0.1; set LOCAL_CLOUD_XRAY_PORT or --xray-port to another port.',
    );
  });

  it('leaves other failures alone', () => {
    expect(
      portInUseMessage(systemError({ code: 'EACCES' }), ports),
    ).toBeUndefined();
    expect(portInUseMessage(new Error('boom'), ports)).toBeUndefined();
  });
});
