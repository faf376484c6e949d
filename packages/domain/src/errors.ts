/**
 * One reason an input was refused: where (a dotted path such as
 * `items.0.quantity`) and why.
 */
export interface ValidationProblem {
  path: string;
  message: string;
}

/**
 * Base class of the domain's errors.
 *
 * @example
 * if (error instanceof DomainError) { ... }
 */
export class DomainError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DomainError';
  }
}

/**
 * An input that does not satisfy a schema. Carries every problem so that
 * a handler can answer 400 with the whole list.
 *
 * @example
 * throw new OrderValidationError([{ path: 'currency', message: '...' }]);
 */
export class OrderValidationError extends DomainError {
  readonly statusCode = 400;
  readonly problems: readonly ValidationProblem[];

  constructor(problems: ValidationProblem[], options?: { cause?: unknown }) {
    const summary = problems
      .slice(0, 3)
      .map((problem) => `${problem.path || '(root)'}: ${problem.message}`)
      .join('; ');
    super(`The order is invalid: ${summary}`, options);
    this.name = 'OrderValidationError';
    this.problems = problems;
  }
}
