/** A run of 13 to 19 digits, optionally grouped by single spaces or dashes. */
const DIGIT_RUN = /\d(?:[ -]?\d){12,18}/g;

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
    if (digit < 0 || digit > 9) return false;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }

  return digits.length > 0 && sum % 10 === 0;
}

/**
 * Tells whether a text holds something that looks like a raw payment card
 * number: 13 to 19 digits (spaces or dashes between them allowed) that
 * pass the Luhn check.
 *
 * @example
 * containsCardNumber('card 4111 1111 1111 1111'); // true
 * containsCardNumber('tok_9f8e7d6c'); // false
 */
export function containsCardNumber(text: string): boolean {
  for (const match of text.matchAll(DIGIT_RUN)) {
    if (passesLuhn(match[0].replace(/[ -]/g, ''))) return true;
  }

  return false;
}
