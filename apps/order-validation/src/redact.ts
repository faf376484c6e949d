import { passesLuhn } from '@org/domain';

const DIGIT_RUN = /\d(?:[ -]?\d){12,18}/g;
const EMAIL = /[^\s@"'<>()[\]{},;:]+@[^\s@"'<>()[\]{},;:]+/g;
const MAX_LENGTH = 200;

/**
 * Removes what looks like personal data (e-mail addresses, card numbers
 * that pass the Luhn check) from a text meant for an answer, an event or
 * a log line, and caps it at 200 characters.
 *
 * @example
 * redactText('bad key "ada@example.com"'); // 'bad key "[email]"'
 */
export function redactText(text: string): string {
  const redacted = text
    .replace(EMAIL, '[email]')
    .replace(DIGIT_RUN, (run) =>
      passesLuhn(run.replace(/[ -]/g, '')) ? '[card]' : run,
    );

  return redacted.length > MAX_LENGTH
    ? `${redacted.slice(0, MAX_LENGTH - 1)}…`
    : redacted;
}
