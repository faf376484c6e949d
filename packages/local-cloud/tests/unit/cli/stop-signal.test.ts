import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { waitForStopSignal } from '../../../src/cli/stop-signal.js';

describe('waitForStopSignal', () => {
  it('resolves with the first SIGTERM', async () => {
    const signals = new EventEmitter();
    const stopping = waitForStopSignal(signals, () => undefined);
    signals.emit('SIGTERM');

    await expect(stopping).resolves.toBe('SIGTERM');
  });

  it('forces on a second Ctrl-C but not on the first', async () => {
    const signals = new EventEmitter();
    const force = vi.fn();
    const stopping = waitForStopSignal(signals, force);

    signals.emit('SIGINT');
    await stopping;
    expect(force).not.toHaveBeenCalled();
    signals.emit('SIGINT');
    expect(force).toHaveBeenCalledTimes(1);
  });
});
