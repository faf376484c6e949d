import { InvalidEventPatternError } from '../../errors.js';

const LOWER = new Set(['>', '>=']);
const UPPER = new Set(['<', '<=']);

/**
 * Compiles a `numeric` condition: `["=", 5]`, one bound such as
 * `[">=", 10]`, or a range `[">", 0, "<=", 5]` (lower bound first). The
 * test passes for JSON numbers in range only, never for numeric strings.
 *
 * @example
 * const inRange = numericTest([">", 0, "<=", 5]);
 * inRange(3); // true
 */
export function numericTest(spec: unknown): (value: unknown) => boolean {
  if (!Array.isArray(spec) || (spec.length !== 2 && spec.length !== 4)) {
    throw new InvalidEventPatternError(
      `"numeric" takes [operator, number] or [lower operator, number, upper operator, number], got ${JSON.stringify(spec)}`,
    );
  }
  const [operator, bound, upperOperator, upperBound] = spec as unknown[];
  const first = comparison(operator, bound);
  if (spec.length === 2) {
    return (value) => typeof value === 'number' && first(value);
  }
  if (!LOWER.has(String(operator)) || !UPPER.has(String(upperOperator))) {
    throw new InvalidEventPatternError(
      `a "numeric" range starts with > or >= and ends with < or <=, got ${JSON.stringify(spec)}`,
    );
  }
  const second = comparison(upperOperator, upperBound);

  return (value) => typeof value === 'number' && first(value) && second(value);
}

function comparison(
  operator: unknown,
  bound: unknown,
): (value: number) => boolean {
  if (typeof bound !== 'number' || !Number.isFinite(bound)) {
    throw new InvalidEventPatternError(
      `"numeric" bounds must be numbers, got ${JSON.stringify(bound)}`,
    );
  }
  switch (operator) {
    case '=':
      return (value) => value === bound;
    case '<':
      return (value) => value < bound;
    case '<=':
      return (value) => value <= bound;
    case '>':
      return (value) => value > bound;
    case '>=':
      return (value) => value >= bound;
    default:
      throw new InvalidEventPatternError(
        `"numeric" operators are =, <, <=, > and >=, got ${JSON.stringify(operator)}`,
      );
  }
}
