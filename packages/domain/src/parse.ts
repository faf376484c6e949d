import type { z } from 'zod';
import { OrderValidationError, type ValidationProblem } from './errors.js';
import { type OrderCreated, OrderCreatedSchema } from './order.js';

/** The outcome of validating an order: the order, or every problem. */
export type OrderParseResult =
  | { success: true; order: OrderCreated }
  | { success: false; problems: ValidationProblem[] };

/**
 * Validates an `OrderCreated` detail without throwing.
 *
 * @example
 * const result = safeParseOrderCreated(event.detail);
 * if (!result.success) return { statusCode: 400, problems: result.problems };
 */
export function safeParseOrderCreated(input: unknown): OrderParseResult {
  const result = OrderCreatedSchema.safeParse(input);
  if (result.success) return { success: true, order: result.data };

  return { success: false, problems: toProblems(result.error) };
}

/**
 * Validates an `OrderCreated` detail.
 *
 * @throws {OrderValidationError} with every problem found
 * @example
 * const order = parseOrderCreated(event.detail);
 */
export function parseOrderCreated(input: unknown): OrderCreated {
  const result = safeParseOrderCreated(input);
  if (!result.success) throw new OrderValidationError(result.problems);

  return result.order;
}

/**
 * Turns zod issues into problems with a dotted path.
 *
 * @example
 * toProblems(error); // [{ path: 'items.0.sku', message: '...' }]
 */
export function toProblems(error: z.ZodError): ValidationProblem[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
