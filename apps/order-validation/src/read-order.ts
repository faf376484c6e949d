import {
  DetailType,
  type OrderCreated,
  OrderCreatedSchema,
  type ValidationProblem,
} from '@org/domain';
import type { z } from 'zod';
import { redactText } from './redact.js';

/** At most this many problems go into an answer or an event. */
const MAX_PROBLEMS = 20;
const IDENTIFIER = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * What reading an incoming event gave: a valid order, or the problems that
 * refuse it (with the order id when the event carried a usable one).
 *
 * @example
 * { kind: 'invalid', problems: [{ path: 'currency', message: '…' }] }
 */
export type OrderReading =
  | { kind: 'valid'; order: OrderCreated }
  | { kind: 'invalid'; orderId?: string; problems: ValidationProblem[] };

/**
 * Reads an `OrderCreated` event, either the EventBridge envelope or its
 * detail alone (a direct invoke). Never throws: any input, however
 * malformed or hostile, ends as `valid` or `invalid`. Problems never echo
 * the input's keys or values.
 *
 * @example
 * const reading = readOrder(event);
 * if (reading.kind === 'invalid') return reject(reading.problems);
 */
export function readOrder(event: unknown): OrderReading {
  if (isEnvelope(event) && event['detail-type'] !== DetailType.OrderCreated) {
    return invalid(undefined, [
      { path: 'detail-type', message: 'must be OrderCreated' },
    ]);
  }
  const detail = isEnvelope(event) ? event.detail : event;

  const result = OrderCreatedSchema.safeParse(detail);
  if (result.success) return { kind: 'valid', order: result.data };

  return invalid(usableOrderId(detail), result.error.issues.map(toProblem));
}

function isEnvelope(
  event: unknown,
): event is { 'detail-type': unknown; detail: unknown } {
  return (
    typeof event === 'object' &&
    event !== null &&
    Object.hasOwn(event, 'detail-type') &&
    Object.hasOwn(event, 'detail')
  );
}

function invalid(
  orderId: string | undefined,
  problems: ValidationProblem[],
): OrderReading {
  const kept = problems.slice(0, MAX_PROBLEMS);

  return orderId === undefined
    ? { kind: 'invalid', problems: kept }
    : { kind: 'invalid', orderId, problems: kept };
}

function usableOrderId(detail: unknown): string | undefined {
  if (typeof detail !== 'object' || detail === null) return undefined;
  const orderId = Object.hasOwn(detail, 'orderId')
    ? (detail as { orderId: unknown }).orderId
    : undefined;
  if (typeof orderId !== 'string' || !IDENTIFIER.test(orderId)) {
    return undefined;
  }

  return redactText(orderId) === orderId ? orderId : undefined;
}

function toProblem(issue: z.core.$ZodIssue): ValidationProblem {
  const path = issue.path.map(String).join('.');
  // Unknown keys are the caller's own text: count them, never echo them.
  if (issue.code === 'unrecognized_keys') {
    return { path, message: `has ${issue.keys.length} unknown key(s)` };
  }

  return { path: redactText(path), message: redactText(issue.message) };
}
