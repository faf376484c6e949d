import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { createNoopBackend, withTracing } from '../../src/index.js';

describe('Lumigo switch with the real module', () => {
  afterAll(() => {
    delete process.env.LUMIGO_TRACER_TOKEN;
  });

  it('loads @lumigo/tracer from the task root and wraps the handler when a token is set', () => {
    // A clearly fake token, and the wrapped handler is never invoked, so
    // Lumigo has nothing to send anywhere.
    process.env.LUMIGO_TRACER_TOKEN = 'fake-token-for-tests';
    const cache = createRequire(import.meta.url).cache;
    const loaded = () =>
      Object.keys(cache).some((path) => path.includes('@lumigo'));
    expect(loaded()).toBe(false);

    const handler = withTracing(async () => 'ok', {
      backend: createNoopBackend(),
    });

    expect(loaded()).toBe(true);
    expect(typeof handler).toBe('function');
  });
});
