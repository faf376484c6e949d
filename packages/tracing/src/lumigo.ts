import { createRequire } from 'node:module';
import { join } from 'node:path';
import { warnOnce } from './warnings.js';

/**
 * What `@lumigo/tracer`'s initialiser returns.
 *
 * @example
 * export const handler = tracer.trace(tracedHandler);
 */
export interface LumigoTracer {
  trace<Handler>(handler: Handler): Handler;
}

/**
 * `@lumigo/tracer`'s export: an initialiser taking the token.
 *
 * @example
 * const tracer = initialize({ token });
 */
export type LumigoInitializer = (options: { token: string }) => LumigoTracer;

/**
 * Loads `@lumigo/tracer`; injectable so that tests never load the real one.
 *
 * @example
 * withTracing(handler, { lumigo: { loader: () => fakeLumigo } });
 */
export type LumigoLoader = () => LumigoInitializer;

/**
 * Options of {@link withLumigo}.
 *
 * @example
 * withTracing(handler, { lumigo: { token: process.env.LUMIGO_TOKEN } });
 */
export interface LumigoOptions {
  /** Lumigo token; default `LUMIGO_TRACER_TOKEN`. Without one Lumigo is never loaded. */
  token?: string;
  /** How to load the module; default `require` from the task root. */
  loader?: LumigoLoader;
}

/**
 * Loads `@lumigo/tracer` with `require` resolved from `LAMBDA_TASK_ROOT`
 * (or the working directory), so that bundlers leave it out and the
 * Lumigo layer (`/opt/nodejs/node_modules`, on `NODE_PATH`) or the
 * function's own `node_modules` provides it.
 *
 * @example
 * const initialize = loadLumigoFromTaskRoot();
 */
export function loadLumigoFromTaskRoot(): LumigoInitializer {
  const root = process.env.LAMBDA_TASK_ROOT ?? process.cwd();
  const required = createRequire(join(root, 'index.js'))('@lumigo/tracer');

  return (required.default ?? required) as LumigoInitializer;
}

/**
 * Wraps a handler with Lumigo's tracer when a token is configured; without
 * one it returns the handler itself and never loads the module. If the
 * module cannot be loaded, it warns once and returns the handler
 * unchanged: Lumigo must never break a function.
 *
 * @example
 * export const handler = withLumigo(tracedHandler, {});
 */
export function withLumigo<Handler>(
  handler: Handler,
  options: LumigoOptions = {},
): Handler {
  const token = options.token ?? process.env.LUMIGO_TRACER_TOKEN;
  if (token === undefined || token.trim() === '') return handler;

  try {
    const initialize = (options.loader ?? loadLumigoFromTaskRoot)();

    return initialize({ token }).trace(handler);
  } catch (error) {
    warnOnce(
      'lumigo-unavailable',
      `LUMIGO_TRACER_TOKEN is set but @lumigo/tracer could not be loaded (${String(error)}); install it or add the Lumigo layer.`,
    );
    return handler;
  }
}
