import { newSegmentId } from '../ids.js';
import type { ExceptionRecord, StackFrame } from './subsegment-document.js';

const MAX_FRAMES = 20;
const MAX_CAUSES = 5;
const FRAME = /^\s*at (?:async )?(?:(.+?) \()?(.+?):(\d+):\d+\)?$/;

function stackFrames(stack: string | undefined): StackFrame[] | undefined {
  if (stack === undefined) return undefined;

  const frames: StackFrame[] = [];
  for (const line of stack.split('\n')) {
    const match = FRAME.exec(line);
    if (match === null) continue;
    frames.push({
      path: match[2] ?? 'unknown',
      line: Number(match[3]),
      label: match[1] ?? 'anonymous',
    });
    if (frames.length === MAX_FRAMES) break;
  }

  return frames;
}

function describe(
  error: unknown,
  redactText: (text: string) => string,
): Omit<ExceptionRecord, 'id'> {
  if (!(error instanceof Error)) {
    return { type: typeof error, message: redactText(String(error)) };
  }

  return {
    type: error.name,
    message: redactText(error.message),
    stack: stackFrames(error.stack),
  };
}

/**
 * Turns an error and its `cause` chain (up to 5 deep) into X-Ray exception
 * records, each pointing at the one that caused it. Messages go through
 * `redactText`, so personal data in them never leaves the function.
 *
 * @example
 * const exceptions = exceptionRecords(error, redactor.redactText);
 * subsegment.cause = { exceptions };
 */
export function exceptionRecords(
  error: unknown,
  redactText: (text: string) => string,
  remote = false,
): ExceptionRecord[] {
  const records: ExceptionRecord[] = [];
  let current: unknown = error;
  while (current !== undefined && records.length < MAX_CAUSES) {
    const record: ExceptionRecord = {
      id: newSegmentId(),
      ...describe(current, redactText),
    };
    if (remote) record.remote = true;
    const previous = records.at(-1);
    if (previous !== undefined) previous.cause = record.id;
    records.push(record);
    current = current instanceof Error ? current.cause : undefined;
  }

  return records;
}
