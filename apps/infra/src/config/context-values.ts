import type { Node } from 'constructs';
import { ContextValueError } from '../errors.js';

/**
 * Reads a context value as a whole number of at least `minimum`, or
 * `undefined` when it is not set. `-c key=5` arrives as a string, an
 * `App({ context })` value as a number: both are accepted.
 *
 * @example
 * readWholeNumber(app.node, 'readCapacity', 1); // 5 for -c readCapacity=5
 */
export function readWholeNumber(
  node: Node,
  key: string,
  minimum: number,
): number | undefined {
  const raw: unknown = node.tryGetContext(key);
  if (raw === undefined || raw === null || raw === '') return undefined;

  const value = typeof raw === 'string' ? Number(raw.trim()) : raw;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new ContextValueError(key, raw, `a whole number >= ${minimum}`);
  }
  if (value < minimum) {
    throw new ContextValueError(key, raw, `a whole number >= ${minimum}`);
  }

  return value;
}

/**
 * Reads a context value that must be one of `choices`, or `fallback` when
 * it is not set.
 *
 * @example
 * readChoice(app.node, 'workflowLogLevel', ['ALL', 'ERROR'], 'ERROR');
 */
export function readChoice<Choice extends string>(
  node: Node,
  key: string,
  choices: readonly Choice[],
  fallback: Choice,
): Choice {
  const raw: unknown = node.tryGetContext(key);
  if (raw === undefined || raw === null || raw === '') return fallback;

  const match = choices.find((choice) => choice === raw);
  if (match === undefined) {
    throw new ContextValueError(key, raw, `one of ${choices.join(', ')}`);
  }

  return match;
}

/**
 * Reads a context value as a non-empty string, or `undefined`.
 *
 * @example
 * readText(app.node, 'lumigoTokenSecret'); // 'lumigo/token' or undefined
 */
export function readText(node: Node, key: string): string | undefined {
  const raw: unknown = node.tryGetContext(key);
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw !== 'string') {
    throw new ContextValueError(key, raw, 'a string');
  }

  return raw.trim();
}
