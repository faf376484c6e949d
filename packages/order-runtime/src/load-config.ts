import { z } from 'zod';
import { ConfigurationError } from './errors.js';

/**
 * The log levels a function accepts in `LOG_LEVEL`.
 *
 * @example
 * LOG_LEVELS.includes('WARN'); // true
 */
export const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR'] as const;

/**
 * One of {@link LOG_LEVELS}.
 *
 * @example
 * const level: LogLevel = 'INFO';
 */
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * A variable that must be set and not blank; surrounding spaces are
 * trimmed. Refine it further (`.regex`, `.pipe`) or give it a default.
 *
 * @example
 * const Schema = z.object({ ORDERS_TABLE_NAME: requiredVariable });
 */
export const requiredVariable = z
  .string({ error: 'is required' })
  .trim()
  .min(1, { error: 'is required' });

/**
 * `LOG_LEVEL` in any case, defaulting to `INFO`.
 *
 * @example
 * const Schema = z.object({ LOG_LEVEL: logLevelVariable });
 */
export const logLevelVariable = z
  .string()
  .toUpperCase()
  .pipe(z.enum(LOG_LEVELS, { error: 'must be DEBUG, INFO, WARN or ERROR' }))
  .default('INFO');

/**
 * Reads a function's environment through a zod object schema of its
 * variables and returns the parsed variables.
 *
 * @throws {ConfigurationError} naming every missing or bad variable, as
 * `NAME message` (for example `ORDERS_TABLE_NAME is required`)
 * @example
 * const variables = loadEnvironment(
 *   z.object({ EVENT_BUS_NAME: requiredVariable }),
 *   process.env,
 * );
 */
export function loadEnvironment<Schema extends z.ZodType>(
  schema: Schema,
  environment: NodeJS.ProcessEnv,
): z.output<Schema> {
  const result = schema.safeParse(environment);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.')} ${issue.message}`,
    );
    throw new ConfigurationError(problems, { cause: result.error });
  }

  return result.data;
}
