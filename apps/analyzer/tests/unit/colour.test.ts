import { describe, expect, it } from 'vitest';
import { shouldColor } from '../../src/colour.js';

describe('shouldColor', () => {
  it('colours a terminal', () => {
    expect(shouldColor(true, {})).toBe(true);
  });

  it('does not colour a pipe or a file', () => {
    expect(shouldColor(false, {})).toBe(false);
  });

  it('honours NO_COLOR on a terminal', () => {
    expect(shouldColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor(true, { NO_COLOR: '' })).toBe(true);
  });
});
