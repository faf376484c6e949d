/**
 * Fragments that make a key sensitive wherever they appear in it, once the
 * key is lower-cased and stripped of separators (`customer_Email` becomes
 * `customeremail`).
 */
const SENSITIVE_FRAGMENTS = [
  'email',
  'password',
  'passwd',
  'passphrase',
  'secret',
  'token',
  'address',
  'phone',
  'cvv',
  'cvc',
  'cardnumber',
  'creditcard',
  'iban',
] as const;

/**
 * Words that make a key sensitive only as a whole word of it (`pan` or
 * `cardPan`, but not `company`).
 */
const SENSITIVE_WORDS = ['card', 'pan', 'pin', 'ssn', 'mail'] as const;

const WORD_BOUNDARY = /[^a-zA-Z0-9]+|(?<=[a-z0-9])(?=[A-Z])/;

/**
 * Lower-cases a key and drops everything but letters and digits.
 *
 * @example
 * normalizeKey('shipping_Address'); // 'shippingaddress'
 */
export function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Builds the test that tells whether a key names personal data: the
 * built-in fragments and words plus `extraKeys` (matched as fragments,
 * case- and separator-insensitive). Answers are cached per key, since a
 * service logs the same few keys over and over.
 *
 * @example
 * const isSensitive = sensitiveKeyTest(['orderNote']);
 * isSensitive('customerEmail'); // true
 * isSensitive('order_note'); // true
 * isSensitive('orderId'); // false
 */
export function sensitiveKeyTest(
  extraKeys: readonly string[] = [],
): (key: string) => boolean {
  const fragments = [
    ...SENSITIVE_FRAGMENTS,
    ...extraKeys.map(normalizeKey).filter((fragment) => fragment !== ''),
  ];
  const words = new Set<string>(SENSITIVE_WORDS);
  const answers = new Map<string, boolean>();

  return (key) => {
    const known = answers.get(key);
    if (known !== undefined) return known;

    const normalized = normalizeKey(key);
    const sensitive =
      fragments.some((fragment) => normalized.includes(fragment)) ||
      key.split(WORD_BOUNDARY).some((word) => words.has(word.toLowerCase()));
    if (answers.size < 10_000) answers.set(key, sensitive);

    return sensitive;
  };
}
