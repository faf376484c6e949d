import { REDACTED, redactText } from './redact-text.js';
import { sensitiveKeyTest } from './sensitive-keys.js';

/**
 * Options of {@link createRedactor}.
 *
 * @example
 * createRedactor({ extraKeys: ['dateOfBirth'], enabled: true });
 */
export interface RedactorOptions {
  /**
   * Keys to redact on top of the built-in ones, matched case- and
   * separator-insensitively anywhere in a key. The environment variable
   * `TRACING_REDACT_KEYS` (comma-separated) adds to these.
   */
  extraKeys?: readonly string[];
  /** When false, values pass through untouched. Default true. */
  enabled?: boolean;
}

/**
 * Copies values with their personal data replaced by `[REDACTED]`.
 *
 * @example
 * const redactor: Redactor = createRedactor();
 */
export interface Redactor {
  /** Returns a redacted copy; never mutates `value`. */
  redact<Value>(value: Value): Value;
  /** Redacts e-mail addresses and card numbers in a text. */
  redactText(text: string): string;
  /** Tells whether a key names personal data. */
  isSensitiveKey(key: string): boolean;
}

const MAX_DEPTH = 32;

function copyWithout(
  value: unknown,
  isSensitiveKey: (key: string) => boolean,
  seen: WeakSet<object>,
  depth: number,
): unknown {
  if (typeof value === 'string') return redactText(value);
  // JSON has no big integers: as text they cannot break a log line.
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Truncated]';

  seen.add(value);
  const copy = copyObject(value, isSensitiveKey, seen, depth);
  seen.delete(value);

  return copy;
}

function copyObject(
  value: object,
  isSensitiveKey: (key: string) => boolean,
  seen: WeakSet<object>,
  depth: number,
): unknown {
  const next = (item: unknown) =>
    copyWithout(item, isSensitiveKey, seen, depth + 1);
  if (Array.isArray(value)) return value.map(next);
  if (value instanceof Error) return errorFields(value, next);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Map) return next(Object.fromEntries(value));
  if (value instanceof Set) return next([...value]);
  if (ArrayBuffer.isView(value)) return `[${value.constructor.name}]`;

  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = isSensitiveKey(key) ? REDACTED : next(item);
  }

  return copy;
}

function errorFields(
  error: Error,
  next: (item: unknown) => unknown,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    name: error.name,
    message: next(error.message),
    stack: next(error.stack),
  };
  if (error.cause !== undefined) fields.cause = next(error.cause);

  return fields;
}

/**
 * Creates a redactor: keys that name personal data (e-mail, card, PAN,
 * CVV, password, token, address, phone, and `extraKeys`) get their whole
 * value replaced, strings anywhere get e-mail addresses and card numbers
 * replaced. Cycles become `"[Circular]"`, nesting past 32 levels
 * `"[Truncated]"`, errors plain `{ name, message, stack, cause }` records.
 *
 * @example
 * const redactor = createRedactor({ extraKeys: ['dateOfBirth'] });
 * redactor.redact({ customerEmail: 'ada@example.com', orderId: 'o-1' });
 * // { customerEmail: '[REDACTED]', orderId: 'o-1' }
 */
export function createRedactor(options: RedactorOptions = {}): Redactor {
  const isSensitiveKey = sensitiveKeyTest(options.extraKeys);
  if (options.enabled === false) {
    return {
      redact: (value) => value,
      redactText: (text) => text,
      isSensitiveKey,
    };
  }

  return {
    redact: <Value>(value: Value) =>
      copyWithout(value, isSensitiveKey, new WeakSet(), 0) as Value,
    redactText,
    isSensitiveKey,
  };
}
