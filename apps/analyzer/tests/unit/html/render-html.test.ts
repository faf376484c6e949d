import { analyze, readTraces } from '@org/rca';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/html/render-html.js';
import {
  type OutageScenario,
  outageTracesText,
} from '../../support/outage-traces.js';

function pageFor(scenario: OutageScenario = {}): string {
  const traces = readTraces(outageTracesText(scenario), { source: 'test' });

  return renderHtml(analyze(traces), traces, { source: 'outage.json' });
}

/** The markup of the element that opens with `opening`, up to `closing`. */
function between(html: string, opening: string, closing: string): string {
  const start = html.indexOf(opening);
  expect(start, `${opening} is missing`).toBeGreaterThanOrEqual(0);

  return html.slice(start, html.indexOf(closing, start));
}

describe('renderHtml', () => {
  const page = pageFor();

  it('writes one page with the four sections in order', () => {
    const positions = [
      'service-map',
      'root-causes',
      'waterfall',
      'timeline',
    ].map((id) => page.indexOf(`<section id="${id}">`));

    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('loads nothing and runs nothing: no script, no src or href', () => {
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/\s(src|href)=/i);
    expect(page).toContain("default-src 'none'");
  });

  it('states the verdict in words', () => {
    expect(page).toMatch(
      /Root cause: throttle at DynamoDB orders PutItem, in 16 traces, \d+% confidence\./,
    );
  });

  it('marks the root-cause node on the map with its share in words', () => {
    const node = between(page, '<g class="map-node root-cause"', '</g>');

    expect(node).toContain('data-service="DynamoDB"');
    expect(node).toContain('★ ROOT CAUSE: throttle');
    expect(node).toMatch(/throttle \d+%, unfinished \d+%/);
    expect(node).toContain('of 40 traces');
  });

  it('labels the edges with calls and failures', () => {
    const edge = between(
      page,
      '<g class="map-edge failing" data-caller="order-validation" data-callee="DynamoDB">',
      '</g>',
    );

    expect(edge).toContain('40 calls, 11 failed');
  });

  it('lists the causes with confidence in words', () => {
    const row = between(page, '<tr class="cause-row top-cause">', '</tr>');

    expect(row).toContain('DynamoDB · orders · PutItem');
    expect(row).toMatch(/\d+%<\/td>/);
  });

  it('highlights the failing call in the waterfall', () => {
    const row = between(page, '<g class="waterfall-row highlighted"', '</g>');

    expect(row).toContain('DynamoDB PutItem');
    expect(row).toContain('throttle · ◀ root cause');
    expect(page).toContain(
      'Failing call: <strong>DynamoDB PutItem</strong>: ProvisionedThroughputExceededException',
    );
  });

  it('marks the change point where the derived outage window begins', () => {
    expect(page).toContain('class="change-point"');
    expect(page).toContain('change point 12:00:42 UTC');
    expect(page).toContain('Baseline: 24 quiet traces of the window itself');
  });

  it('escapes names and messages from traces so that markup in them stays text', () => {
    const hostile = pageFor({
      functionName: '<script>alert("pwned")</script>',
      throttleMessage: '<img src=x onerror="alert(1)">',
    });

    expect(hostile).not.toContain('<script>');
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('&lt;script&gt;alert(&quot;pwned&quot;)');
    expect(hostile).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it('gives the same page for the same traces', () => {
    expect(pageFor()).toBe(page);
  });
});
