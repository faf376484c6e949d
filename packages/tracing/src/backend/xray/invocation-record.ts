import { exceptionRecords } from '../../model/exception-records.js';
import type {
  AnnotationValue,
  SubsegmentDocument,
} from '../../model/subsegment-document.js';
import type { Redactor } from '../../redaction/redactor.js';

const ANNOTATION_KEY_INVALID = /[^A-Za-z0-9_]/g;

/**
 * Adds an annotation, with its key made X-Ray-safe (letters, digits and
 * `_`) and its value redacted when the key or the text is personal data.
 *
 * @example
 * annotate(subsegment, 'OrderId', 'ord-1', redactor);
 */
export function annotate(
  subsegment: SubsegmentDocument,
  key: string,
  value: AnnotationValue,
  redactor: Redactor,
): void {
  const safeKey = key.replace(ANNOTATION_KEY_INVALID, '_');
  let safeValue = value;
  if (redactor.isSensitiveKey(key)) safeValue = '[REDACTED]';
  else if (typeof value === 'string') safeValue = redactor.redactText(value);
  subsegment.annotations ??= {};
  subsegment.annotations[safeKey] = safeValue;
}

/**
 * Adds metadata under the service's namespace, as a redacted copy (the
 * caller's object is neither changed nor kept).
 *
 * @example
 * describeWith(subsegment, 'order-validation', 'response', body, redactor);
 */
export function describeWith(
  subsegment: SubsegmentDocument,
  namespace: string,
  key: string,
  value: unknown,
  redactor: Redactor,
): void {
  subsegment.metadata ??= {};
  subsegment.metadata[namespace] ??= {};
  subsegment.metadata[namespace][key] = redactor.redact(value);
}

/**
 * Records an error thrown by the function's own code: `fault`, and a
 * `cause` with the type, redacted message and stack of the error and of
 * its causes.
 *
 * @example
 * recordFault(subsegment, error, redactor);
 */
export function recordFault(
  subsegment: SubsegmentDocument,
  error: unknown,
  redactor: Redactor,
): void {
  subsegment.fault = true;
  subsegment.cause = {
    working_directory: process.cwd(),
    exceptions: exceptionRecords(error, redactor.redactText),
  };
}
