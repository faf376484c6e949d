import { describe, expect, it } from 'vitest';
import {
  MAX_SUMMARY_WINDOW_MS,
  parseDuration,
  parseSince,
  splitWindow,
  TimeWindowError,
} from '../../src/index.js';

const NOW = new Date('2026-12-03T16:00:00.000Z');

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['15m', 900_000],
    ['6h', 21_600_000],
    ['2d', 172_800_000],
    ['1.5h', 5_400_000],
  ])('reads %s as %i ms', (text, milliseconds) => {
    expect(parseDuration(text)).toBe(milliseconds);
  });

  it.each(['15', '15x', '-5m', '0m', 'm', ''])(
    'refuses %j with a TimeWindowError that shows the value',
    (text) => {
      const attempt = () => parseDuration(text);

      expect(attempt).toThrow(TimeWindowError);
      expect(attempt).toThrow(`"${text}"`);
    },
  );
});

describe('parseSince', () => {
  it('ends the window now when no until is given', () => {
    const window = parseSince('15m', { now: NOW });

    expect(window.start.toISOString()).toBe('2026-12-03T15:45:00.000Z');
    expect(window.end).toEqual(NOW);
  });

  it('accepts an ISO time or a duration ago for until', () => {
    const relative = parseSince('2h', { until: '1h', now: NOW });
    const absolute = parseSince('2026-12-03T10:00:00Z', {
      until: '2026-12-03T11:00:00Z',
      now: NOW,
    });

    expect(relative.end.toISOString()).toBe('2026-12-03T15:00:00.000Z');
    expect(absolute.start.toISOString()).toBe('2026-12-03T10:00:00.000Z');
    expect(absolute.end.toISOString()).toBe('2026-12-03T11:00:00.000Z');
  });

  it('refuses a window that ends before it starts', () => {
    expect(() => parseSince('1h', { until: '2h', now: NOW })).toThrow(
      'must end after it starts',
    );
  });

  it('refuses an unreadable time', () => {
    expect(() => parseSince('yesterday', { now: NOW })).toThrow(
      TimeWindowError,
    );
  });
});

describe('splitWindow', () => {
  it('cuts a 14 hour window into 6 h, 6 h and 2 h pieces', () => {
    const start = new Date('2026-12-03T00:00:00Z');
    const end = new Date('2026-12-03T14:00:00Z');

    const pieces = splitWindow({ start, end });

    expect(
      pieces.map((piece) => piece.end.getTime() - piece.start.getTime()),
    ).toEqual([MAX_SUMMARY_WINDOW_MS, MAX_SUMMARY_WINDOW_MS, 7_200_000]);
    expect(pieces[0]?.start).toEqual(start);
    expect(pieces[2]?.end).toEqual(end);
    expect(pieces[1]?.start).toEqual(pieces[0]?.end);
  });

  it('keeps a short window whole', () => {
    const window = parseSince('15m', { now: NOW });

    expect(splitWindow(window)).toEqual([window]);
  });
});
