import { InvalidEventPatternError } from '../../errors.js';

/**
 * Compiles a `wildcard` condition: `*` stands for any run of characters,
 * `\*` for a literal star and `\\` for a literal backslash. Two stars in a
 * row are refused, as EventBridge refuses them.
 *
 * @example
 * wildcardTest('arn:aws:s3:::bucket/*.png')('arn:aws:s3:::bucket/a.png'); // true
 */
export function wildcardTest(spec: unknown): (value: unknown) => boolean {
  if (typeof spec !== 'string') {
    throw new InvalidEventPatternError(
      `"wildcard" takes a string, got ${JSON.stringify(spec)}`,
    );
  }
  if (spec.includes('**')) {
    throw new InvalidEventPatternError(
      `"wildcard" may not hold consecutive stars, got ${JSON.stringify(spec)}`,
    );
  }
  const expression = new RegExp(`^${toRegExpSource(spec)}$`, 's');

  return (value) => typeof value === 'string' && expression.test(value);
}

function toRegExpSource(spec: string): string {
  let source = '';
  for (let index = 0; index < spec.length; index += 1) {
    const character = spec[index] as string;
    if (character === '\\') {
      const next = spec[index + 1];
      if (next !== '*' && next !== '\\') {
        throw new InvalidEventPatternError(
          `"wildcard" escapes only * and \\, got ${JSON.stringify(spec)}`,
        );
      }
      source += escapeRegExp(next);
      index += 1;
    } else {
      source += character === '*' ? '.*' : escapeRegExp(character);
    }
  }

  return source;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
