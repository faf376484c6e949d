import { describe, expect, it } from 'vitest';
import { FunctionLogs } from '../../../src/lambda/function-logs.js';

describe('FunctionLogs', () => {
  it('joins output split across chunks into whole lines', () => {
    const logs = new FunctionLogs();
    logs.append('fulfillment', 'stdout', '{"message":"or');
    logs.append('fulfillment', 'stdout', 'der fulfilled"}\nsecond');

    expect(logs.lines('fulfillment').map((entry) => entry.line)).toEqual([
      '{"message":"order fulfilled"}',
    ]);
    logs.append('fulfillment', 'stdout', ' line\n');
    expect(logs.lines('fulfillment').map((entry) => entry.line)).toEqual([
      '{"message":"order fulfilled"}',
      'second line',
    ]);
  });

  it('keeps stdout and stderr of each function apart', () => {
    const logs = new FunctionLogs();
    logs.append('payment', 'stdout', 'out-');
    logs.append('payment', 'stderr', 'err\n');
    logs.append('payment', 'stdout', 'done\n');

    expect(
      logs.lines('payment').map((entry) => `${entry.stream}:${entry.line}`),
    ).toEqual(['stderr:err', 'stdout:out-done']);
  });

  it('keeps only the last lines of a function beyond the limit', () => {
    const logs = new FunctionLogs(2);
    logs.append('a', 'stdout', '1\n2\n3\n');
    logs.append('b', 'stdout', 'x\n');

    expect(logs.lines('a').map((entry) => entry.line)).toEqual(['2', '3']);
    expect(logs.lines()).toHaveLength(3);
  });

  it('tells subscribers every line until they unsubscribe', () => {
    const logs = new FunctionLogs();
    const seen: string[] = [];
    const unsubscribe = logs.subscribe((entry) => seen.push(entry.line));
    logs.append('a', 'stdout', 'one\n');
    unsubscribe();
    logs.append('a', 'stdout', 'two\n');

    expect(seen).toEqual(['one']);
  });
});
