import { InvalidEventPatternError } from '../../errors.js';
import { compileLeaf } from './compile-leaf.js';
import { isObject } from './string-operators.js';

/** A compiled event pattern: true when an event matches. */
export type EventMatcher = (event: unknown) => boolean;

type NodeTest = (nodes: readonly unknown[]) => boolean;

/**
 * Compiles an EventBridge event pattern (an object, or its JSON text) into
 * a matcher, refusing what EventBridge refuses with an
 * {@link InvalidEventPatternError}. Every field of the pattern must match;
 * nested objects match nested fields, `$or` takes a list of sub-patterns
 * of which one must match, and arrays in the event match when any of their
 * elements does.
 *
 * @example
 * const matches = compilePattern({ source: ['orders'], detail: { amount: [{ numeric: ['>', 100] }] } });
 * matches({ source: 'orders', detail: { amount: 250 } }); // true
 */
export function compilePattern(pattern: unknown): EventMatcher {
  const parsed = typeof pattern === 'string' ? parseText(pattern) : pattern;
  if (!isObject(parsed)) {
    throw new InvalidEventPatternError('the pattern must be a JSON object');
  }
  const test = compileObject(parsed, '');

  return (event) => test([event]);
}

function parseText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidEventPatternError('the pattern is not valid JSON', {
      cause: error,
    });
  }
}

function compileObject(
  pattern: Record<string, unknown>,
  path: string,
): NodeTest {
  const tests = Object.entries(pattern).map(([key, spec]) => {
    const childPath = path ? `${path}.${key}` : key;
    if (key === '$or') {
      return compileOr(spec, childPath);
    }
    if (isObject(spec)) {
      const nested = compileObject(spec, childPath);
      return (nodes: readonly unknown[]) => nested(childValues(nodes, key));
    }
    const leaf = compileLeaf(spec, childPath);
    return (nodes: readonly unknown[]) => leaf(childValues(nodes, key));
  });
  if (tests.length === 0 && path !== '') {
    throw new InvalidEventPatternError(`the object at "${path}" is empty`);
  }

  return (nodes) => tests.every((test) => test(nodes));
}

function compileOr(spec: unknown, path: string): NodeTest {
  if (!Array.isArray(spec) || spec.length < 2 || !spec.every(isObject)) {
    throw new InvalidEventPatternError(
      `"$or" at "${path}" takes a list of at least two objects`,
    );
  }
  const branches = spec.map((branch) => compileObject(branch, path));

  return (nodes) => branches.some((branch) => branch(nodes));
}

function childValues(nodes: readonly unknown[], key: string): unknown[] {
  const values: unknown[] = [];
  for (const node of nodes) {
    if (isObject(node) && Object.hasOwn(node, key)) {
      pushFlat(values, node[key]);
    }
  }

  return values;
}

function pushFlat(values: unknown[], value: unknown): void {
  if (Array.isArray(value)) {
    for (const element of value) {
      pushFlat(values, element);
    }
    return;
  }
  values.push(value);
}
