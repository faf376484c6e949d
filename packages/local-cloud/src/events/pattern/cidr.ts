import { isIPv4, isIPv6 } from 'node:net';
import { InvalidEventPatternError } from '../../errors.js';

/**
 * Compiles a `cidr` condition such as `"10.0.0.0/24"` or
 * `"2001:db8::/32"`: the test passes for IP address strings of the same
 * family inside the block.
 *
 * @example
 * cidrTest('10.0.0.0/24')('10.0.0.7'); // true
 */
export function cidrTest(spec: unknown): (value: unknown) => boolean {
  const [address, prefixText, extra] =
    typeof spec === 'string' ? spec.split('/') : [];
  const prefixLength = Number(prefixText);
  const family =
    address && isIPv4(address) ? 4 : address && isIPv6(address) ? 6 : 0;
  const width = family === 4 ? 32 : 128;
  if (
    extra !== undefined ||
    family === 0 ||
    !/^\d+$/.test(prefixText ?? '') ||
    prefixLength > width
  ) {
    throw new InvalidEventPatternError(
      `"cidr" takes an IPv4 or IPv6 block such as "10.0.0.0/24", got ${JSON.stringify(spec)}`,
    );
  }
  const shift = BigInt(width - prefixLength);
  const network = toNumber(address as string) >> shift;

  return (value) => {
    if (typeof value !== 'string') {
      return false;
    }
    const sameFamily = family === 4 ? isIPv4(value) : isIPv6(value);

    return sameFamily && toNumber(value) >> shift === network;
  };
}

function toNumber(address: string): bigint {
  if (isIPv4(address)) {
    return address
      .split('.')
      .reduce((total, octet) => (total << 8n) + BigInt(Number(octet)), 0n);
  }

  return expandIPv6(address).reduce(
    (total, group) => (total << 16n) + BigInt(Number.parseInt(group, 16)),
    0n,
  );
}

function expandIPv6(address: string): string[] {
  const withoutZone = address.split('%')[0] as string;
  const embedded = /(\d+\.\d+\.\d+\.\d+)$/.exec(withoutZone);
  let text = withoutZone;
  if (embedded?.[1]) {
    const value = Number(toNumber(embedded[1]));
    const high = Math.floor(value / 65536).toString(16);
    text = `${withoutZone.slice(0, embedded.index)}${high}:${(value % 65536).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;

  return [
    ...headGroups,
    ...Array<string>(Math.max(0, missing)).fill('0'),
    ...tailGroups,
  ];
}
