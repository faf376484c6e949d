import type { ValidationProblem } from '@org/domain';

/**
 * The answer of order-validation, discriminated by `kind`:
 * - `accepted` (202): the order is stored and its workflow started, also
 *   when the same order was delivered before;
 * - `rejected` (400): the event is not a valid order, nothing was stored;
 * - `conflict` (409): a different order already holds this order id.
 *
 * @example
 * if (outcome.kind === 'rejected') return outcome.problems;
 */
export type ValidationOutcome =
  | {
      kind: 'accepted';
      statusCode: 202;
      status: 'VALIDATED';
      orderId: string;
    }
  | {
      kind: 'rejected';
      statusCode: 400;
      status: 'REJECTED';
      orderId?: string;
      problems: ValidationProblem[];
    }
  | {
      kind: 'conflict';
      statusCode: 409;
      status: 'CONFLICT';
      orderId: string;
      message: string;
    };

/**
 * The answer for a stored order whose workflow runs.
 *
 * @example
 * return accepted('ord-1'); // { kind: 'accepted', statusCode: 202, ... }
 */
export function accepted(orderId: string): ValidationOutcome {
  return { kind: 'accepted', statusCode: 202, status: 'VALIDATED', orderId };
}

/**
 * The answer for an event that is not a valid order.
 *
 * @example
 * return rejected(undefined, [{ path: 'currency', message: '...' }]);
 */
export function rejected(
  orderId: string | undefined,
  problems: ValidationProblem[],
): ValidationOutcome {
  const base = {
    kind: 'rejected',
    statusCode: 400,
    status: 'REJECTED',
  } as const;

  return orderId === undefined
    ? { ...base, problems }
    : { ...base, orderId, problems };
}

/**
 * The answer for an order id already used by a different order.
 *
 * @example
 * return conflict('ord-1');
 */
export function conflict(orderId: string): ValidationOutcome {
  return {
    kind: 'conflict',
    statusCode: 409,
    status: 'CONFLICT',
    orderId,
    message:
      `Order id ${orderId} already belongs to a different order. ` +
      'Send a new order under a new id.',
  };
}
