import { InvalidEventPatternError } from '../../errors.js';
import { wildcardTest } from './wildcard.js';

/** A test of one event value. */
export type ValueTest = (value: unknown) => boolean;

/**
 * Compiles `prefix` and `suffix`: a string, or
 * `{ "equals-ignore-case": string }` to ignore case.
 *
 * @example
 * affixTest('prefix', 'ord-')('ord-1'); // true
 * affixTest('suffix', { 'equals-ignore-case': '.PNG' })('a.png'); // true
 */
export function affixTest(
  operator: 'prefix' | 'suffix',
  spec: unknown,
): ValueTest {
  const ignoreCase = isObject(spec) && 'equals-ignore-case' in spec;
  const text = ignoreCase ? spec['equals-ignore-case'] : spec;
  if (
    typeof text !== 'string' ||
    (isObject(spec) && Object.keys(spec).length !== 1)
  ) {
    throw new InvalidEventPatternError(
      `"${operator}" takes a string or { "equals-ignore-case": string }, got ${JSON.stringify(spec)}`,
    );
  }
  const wanted = ignoreCase ? fold(text) : text;

  return (value) => {
    if (typeof value !== 'string') {
      return false;
    }
    const candidate = ignoreCase ? fold(value) : value;
    return operator === 'prefix'
      ? candidate.startsWith(wanted)
      : candidate.endsWith(wanted);
  };
}

/**
 * Compiles `equals-ignore-case`: a string, compared without regard to case.
 *
 * @example
 * equalsIgnoreCaseTest('Alice')('ALICE'); // true
 */
export function equalsIgnoreCaseTest(spec: unknown): ValueTest {
  const texts = Array.isArray(spec) ? spec : [spec];
  if (texts.length === 0 || texts.some((text) => typeof text !== 'string')) {
    throw new InvalidEventPatternError(
      `"equals-ignore-case" takes a string, got ${JSON.stringify(spec)}`,
    );
  }
  const wanted = new Set(texts.map((text) => fold(text as string)));

  return (value) => typeof value === 'string' && wanted.has(fold(value));
}

/**
 * Compiles `anything-but`: a value or list of values to exclude, or
 * `{ prefix }`, `{ suffix }`, `{ "equals-ignore-case" }` or `{ wildcard }`
 * (one string or, for the last two, a list). The test passes for string
 * and number values the exclusion does not cover.
 *
 * @example
 * anythingButTest(['cancelled', 'failed'])('placed'); // true
 * anythingButTest({ prefix: 'test-' })('test-1'); // false
 */
export function anythingButTest(spec: unknown): ValueTest {
  const excluded = exclusionTest(spec);

  return (value) =>
    (typeof value === 'string' || typeof value === 'number') &&
    !excluded(value);
}

function exclusionTest(spec: unknown): ValueTest {
  if (isObject(spec)) {
    const [operator, ...others] = Object.keys(spec);
    const operand = operator ? spec[operator] : undefined;
    if (
      others.length === 0 &&
      (operator === 'prefix' || operator === 'suffix')
    ) {
      return affixTest(operator, operand);
    }
    if (others.length === 0 && operator === 'equals-ignore-case') {
      return equalsIgnoreCaseTest(operand);
    }
    if (others.length === 0 && operator === 'wildcard') {
      const tests = (Array.isArray(operand) ? operand : [operand]).map(
        wildcardTest,
      );
      return (value) => tests.some((test) => test(value));
    }
    throw new InvalidEventPatternError(
      `"anything-but" takes values, or one of prefix, suffix, equals-ignore-case or wildcard, got ${JSON.stringify(spec)}`,
    );
  }
  const values = Array.isArray(spec) ? spec : [spec];
  if (
    values.length === 0 ||
    values.some((item) => typeof item !== 'string' && typeof item !== 'number')
  ) {
    throw new InvalidEventPatternError(
      `"anything-but" values must be strings or numbers, got ${JSON.stringify(spec)}`,
    );
  }

  return (value) => values.includes(value);
}

/**
 * Whether a value is a plain JSON object.
 *
 * @example
 * isObject({}); // true
 */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fold(text: string): string {
  return text.toLowerCase().toUpperCase().toLowerCase();
}
