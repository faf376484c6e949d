import { InvalidEventPatternError } from '../../errors.js';
import { cidrTest } from './cidr.js';
import { numericTest } from './numeric.js';
import {
  affixTest,
  anythingButTest,
  equalsIgnoreCaseTest,
  isObject,
  type ValueTest,
} from './string-operators.js';
import { wildcardTest } from './wildcard.js';

/**
 * A test of every value an event holds at one path: none when the field
 * is absent, several when it is an array.
 */
export type LeafTest = (values: readonly unknown[]) => boolean;

/**
 * Compiles the list a pattern holds at a leaf. The leaf matches when any
 * entry matches any of the event's values there; entries are exact
 * values (strings, numbers, booleans, null) or operator objects
 * (`prefix`, `suffix`, `equals-ignore-case`, `anything-but`, `numeric`,
 * `cidr`, `wildcard`, `exists`).
 *
 * @example
 * const test = compileLeaf(['placed', { prefix: 'ret' }], 'detail.status');
 * test(['returned']); // true
 */
export function compileLeaf(spec: unknown, path: string): LeafTest {
  if (!Array.isArray(spec)) {
    throw new InvalidEventPatternError(
      `the value at "${path}" must be an object or an array, got ${JSON.stringify(spec)}`,
    );
  }
  if (spec.length === 0) {
    throw new InvalidEventPatternError(`the array at "${path}" is empty`);
  }
  const tests = spec.map((entry) => compileEntry(entry, path));

  return (values) => tests.some((test) => test(values));
}

function compileEntry(entry: unknown, path: string): LeafTest {
  if (!isObject(entry)) {
    if (Array.isArray(entry)) {
      throw new InvalidEventPatternError(`"${path}" holds a nested array`);
    }
    return anyValue((value) => value === entry);
  }
  const [operator, ...others] = Object.keys(entry);
  if (operator === undefined || others.length > 0) {
    throw new InvalidEventPatternError(
      `each matcher at "${path}" holds exactly one operator, got ${JSON.stringify(entry)}`,
    );
  }
  const operand = entry[operator];
  if (operator === 'exists') {
    if (typeof operand !== 'boolean') {
      throw new InvalidEventPatternError(
        `"exists" at "${path}" takes true or false`,
      );
    }
    return (values) => values.length > 0 === operand;
  }

  return anyValue(valueTest(operator, operand, path));
}

function valueTest(
  operator: string,
  operand: unknown,
  path: string,
): ValueTest {
  switch (operator) {
    case 'prefix':
    case 'suffix':
      return affixTest(operator, operand);
    case 'equals-ignore-case':
      return equalsIgnoreCaseTest(operand);
    case 'anything-but':
      return anythingButTest(operand);
    case 'numeric':
      return numericTest(operand);
    case 'cidr':
      return cidrTest(operand);
    case 'wildcard':
      return wildcardTest(operand);
    default:
      throw new InvalidEventPatternError(
        `unknown operator ${JSON.stringify(operator)} at "${path}"`,
      );
  }
}

function anyValue(test: ValueTest): LeafTest {
  return (values) => values.some(test);
}
