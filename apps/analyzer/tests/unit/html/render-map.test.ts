import type { RootCause, ServiceEdge } from '@org/rca';
import { describe, expect, it } from 'vitest';
import { renderServiceMap } from '../../../src/html/render-map.js';
import type { ServiceNode } from '../../../src/html/service-nodes.js';

function node(
  name: string,
  failedTraces: Partial<ServiceNode['failedTraces']> = {},
): ServiceNode {
  return {
    name,
    kind: 'function',
    traces: 10,
    failedTraces: {
      fault: 0,
      throttle: 0,
      error: 0,
      unfinished: 0,
      ...failedTraces,
    },
  };
}

function edge(caller: string, callee: string, failures = 0): ServiceEdge {
  return { caller, callee, calls: 10, failures, p50: 12, p99: 2900 };
}

function cause(rank: number, service: string): RootCause {
  return {
    rank,
    service,
    kind: rank === 1 ? 'throttle' : 'fault',
    tracesAffected: 3,
    confidence: 0.5,
    symptoms: [],
    exampleTraceIds: [],
    evidence: [],
  };
}

describe('renderServiceMap', () => {
  const svg = renderServiceMap(
    [
      node('alpha', { error: 1 }),
      node('beta'),
      node('table', { throttle: 4, fault: 2 }),
    ],
    [edge('alpha', 'table', 4), edge('beta', 'table')],
    [cause(1, 'table'), cause(2, 'alpha')],
  );

  it('colours a node by its most frequent failure and says every share', () => {
    expect(svg).toMatch(/data-service="table" data-health="throttle"/);
    expect(svg).toContain('fault 20%, throttle 40%');
    expect(svg).toMatch(/data-service="beta" data-health="ok"/);
  });

  it('marks the root cause and the other causes by rank', () => {
    expect(svg).toContain('★ ROOT CAUSE: throttle');
    expect(svg).toContain('cause #2: fault');
    expect(svg).toMatch(/class="map-node root-cause" data-service="table"/);
  });

  it('gives each arrow into a node its own port and label row', () => {
    const ends = [...svg.matchAll(/C[\d.]+,[\d.]+ [\d.]+,([\d.]+) /g)].map(
      (match) => match[1],
    );

    expect(ends).toHaveLength(2);
    expect(new Set(ends).size).toBe(2);
    expect(svg).toContain('10 calls, 4 failed · p99 2.9 s');
    expect(svg).toContain('10 calls · p99 2.9 s');
  });

  it('says so when there is nothing to draw', () => {
    expect(renderServiceMap([], [], [])).toContain('name no services');
  });
});
