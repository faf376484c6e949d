import { createRequire } from 'node:module';
import { lambdaContext } from '@org/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createNoopBackend,
  type LumigoInitializer,
  resetWarnings,
  setWarningSink,
  withTracing,
} from '../../src/index.js';

const FAKE_TOKEN = 'fake-token-for-tests';

function lumigoLoaded(): boolean {
  const cache = createRequire(import.meta.url).cache;

  return Object.keys(cache).some((path) => path.includes('@lumigo'));
}

describe('Lumigo switch', () => {
  afterEach(() => {
    delete process.env.LUMIGO_TRACER_TOKEN;
  });

  it('never loads @lumigo/tracer without LUMIGO_TRACER_TOKEN', async () => {
    const loader = vi.fn();
    const handler = withTracing(async () => 'ok', {
      backend: createNoopBackend(),
      lumigo: { loader },
    });

    expect(await handler({}, lambdaContext())).toBe('ok');
    expect(loader).not.toHaveBeenCalled();
    expect(lumigoLoaded()).toBe(false);
  });

  it('wraps the traced handler with Lumigo when the token is set', async () => {
    process.env.LUMIGO_TRACER_TOKEN = FAKE_TOKEN;
    const tokens: string[] = [];
    const loader = vi.fn<() => LumigoInitializer>(() => ({ token }) => {
      tokens.push(token);
      return {
        trace: <Handler>(inner: Handler) =>
          (async (event: unknown, context: unknown) => {
            const result = await (
              inner as (e: unknown, c: unknown) => Promise<unknown>
            )(event, context);
            return { lumigo: true, result };
          }) as Handler,
      };
    });

    const handler = withTracing(async () => 'ok', {
      backend: createNoopBackend(),
      lumigo: { loader },
    });

    expect(await handler({}, lambdaContext())).toEqual({
      lumigo: true,
      result: 'ok',
    });
    expect(tokens).toEqual([FAKE_TOKEN]);
  });

  it('runs the handler without Lumigo, with a warning, when the module cannot be loaded', async () => {
    process.env.LUMIGO_TRACER_TOKEN = FAKE_TOKEN;
    const warnings: string[] = [];
    resetWarnings();
    setWarningSink((message) => warnings.push(message));
    const handler = withTracing(async () => 'ok', {
      backend: createNoopBackend(),
      lumigo: {
        loader: () => {
          throw new Error('Cannot find module @lumigo/tracer');
        },
      },
    });

    expect(await handler({}, lambdaContext())).toBe('ok');
    expect(warnings).toEqual([
      expect.stringContaining('@lumigo/tracer could not be loaded'),
    ]);
  });
});
