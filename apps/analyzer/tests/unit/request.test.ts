import { describe, expect, it } from 'vitest';
import { ExitError } from '../../src/errors.js';
import type { CliOptions } from '../../src/program.js';
import { toRequest } from '../../src/request.js';

const defaults: CliOptions = { format: 'text', deadline: '5m' };

describe('toRequest', () => {
  it('reads files when --input is given', () => {
    const request = toRequest({ ...defaults, input: ['a.json'] }, {});

    expect(request.traces).toEqual({ kind: 'files', paths: ['a.json'] });
    expect(request.baseline).toBeUndefined();
  });

  it('reads X-Ray with the region from AWS_REGION when --since is given', () => {
    const request = toRequest(
      { ...defaults, since: '15m', endpoint: 'http://127.0.0.1:4566' },
      { AWS_REGION: 'eu-west-1' },
    );

    expect(request.traces).toMatchObject({
      kind: 'xray',
      since: '15m',
      region: 'eu-west-1',
      endpoint: 'http://127.0.0.1:4566',
    });
  });

  it('ends the baseline window where the analyzed window starts', () => {
    const request = toRequest(
      { ...defaults, since: '15m', baselineSince: '2h' },
      {},
    );

    expect(request.baseline).toMatchObject({
      kind: 'xray',
      since: '2h',
      until: '15m',
    });
  });

  it.each([
    [{}, 'Pass either --input'],
    [{ input: ['a.json'], since: '15m' }, 'Pass either --input'],
    [{ input: ['a.json'], endpoint: 'http://x' }, 'use them with --since'],
    [{ since: '15m', baseline: ['b.json'] }, '--baseline-since'],
    [{ input: ['-'], baseline: ['-'] }, 'stdin (-) can be read once'],
  ])('refuses %j as a usage mistake', (options, message) => {
    const attempt = () => toRequest({ ...defaults, ...options }, {});

    expect(attempt).toThrow(ExitError);
    expect(attempt).toThrow(message);
  });
});
