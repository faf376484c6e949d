/**
 * The text that replaces a redacted value.
 *
 * @example
 * if (value === REDACTED) return;
 */
export const REDACTED = '[REDACTED]';

const EMAIL =
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const DIGIT_RUN = /\d(?:[ -]?\d){12,18}/g;
const MAY_HOLD_PERSONAL_DATA = /@|\d[ -]?\d[ -]?\d[ -]?\d/;

/**
 * Checks the Luhn checksum that payment card numbers carry.
 *
 * @example
 * passesLuhn('4111111111111111'); // true
 */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index--) {
    let digit = digits.charCodeAt(index) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }

  return sum % 10 === 0;
}

function redactCardNumber(match: string): string {
  const digits = match.replace(/[ -]/g, '');
  if (digits.length < 13 || digits.length > 19) return match;

  return passesLuhn(digits) ? REDACTED : match;
}

/**
 * Replaces e-mail addresses and card numbers (13 to 19 digits, spaces or
 * dashes allowed, passing Luhn) inside a text with `[REDACTED]`. Other
 * digit runs, such as order numbers or timestamps, stay.
 *
 * @example
 * redactText('paid by ada@example.com with 4111 1111 1111 1111');
 * // 'paid by [REDACTED] with [REDACTED]'
 */
export function redactText(text: string): string {
  if (!MAY_HOLD_PERSONAL_DATA.test(text)) return text;

  return text.replace(EMAIL, REDACTED).replace(DIGIT_RUN, redactCardNumber);
}
