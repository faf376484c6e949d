import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/html/escape.js';
import {
  counted,
  formatDuration,
  formatPercent,
  formatUtc,
  truncate,
} from '../../../src/html/format.js';

describe('escapeHtml', () => {
  it('turns every character that could open markup or end an attribute into an entity', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('formatting for people', () => {
  it('writes durations in the unit that reads best', () => {
    expect(formatDuration(840.4)).toBe('840 ms');
    expect(formatDuration(2410)).toBe('2.4 s');
    expect(formatDuration(185_000)).toBe('3 min 5 s');
  });

  it('never rounds a small failure share down to zero', () => {
    expect(formatPercent(0.4167)).toBe('42%');
    expect(formatPercent(0.001)).toBe('<1%');
    expect(formatPercent(0)).toBe('0%');
  });

  it('writes times in UTC wherever the page is opened', () => {
    expect(formatUtc(Date.UTC(2026, 11, 1, 12, 0, 35))).toBe(
      '2026-12-01 12:00:35 UTC',
    );
  });

  it('counts in the singular for one', () => {
    expect(counted(1, 'call')).toBe('1 call');
    expect(counted(0, 'trace')).toBe('0 traces');
  });

  it('cuts long names with an ellipsis', () => {
    expect(truncate('order-validation-handler', 10)).toBe('order-val…');
    expect(truncate('short', 10)).toBe('short');
  });
});
